// Field types of stored records (the registry's and the modules' that declare a table's kinds).
import { z } from 'zod';
import { isValidDay } from '../domain/calendarDay';

/** An instant as the app writes it (`toISOString`); anything Date cannot read would break every date display. */
export const instant = z.string().refine((s) => Number.isFinite(Date.parse(s)), 'instant');
export const day = z.string().refine(isValidDay, 'day');
export const dayOrEmpty = z.string().refine((d) => d === '' || isValidDay(d), 'day');
export const count = z.number().int().nonnegative();
export const ids = z.array(z.string());
