import { z } from 'zod';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const settingsSchema = z.object({
  officeName: z.string().trim().max(120, 'validation.tooLong'),
  autoLockMinutes: z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(1, 'validation.autoLockRange')
    .max(240, 'validation.autoLockRange'),
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  officeName: 'Koordinierungsstelle für Integration',
  autoLockMinutes: 10,
  language: 'de',
};

export const SETTINGS_ID = 'office';
