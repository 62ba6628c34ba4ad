// The one typed IPC contract: channel → request and response schemas. Main validates every payload.
import { z } from 'zod';
import { isValidGlobalAccelerator } from '../desktop/accelerator';
import { looksLikeAgeFile } from '../backup/ageHeader';
import { MAX_SYNC_BODY_CHARS, syncUrlProblem } from '../sync/teamForm';
import type { EventChannel, InvokeChannel } from './channels';

const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10),
});

const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+$/)
  .refine((n) => n !== '.' && n !== '..' && ![...n].some((c) => c.charCodeAt(0) < 0x20));

/** Files opened through the dialog: at most this many bytes cross IPC. */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;

const accelerator = z.string().max(60).refine(isValidGlobalAccelerator);

const shortcutStatus = z.object({
  /** The active (or, when taken at start, the configured) shortcut. */
  accelerator: accelerator.nullable(),
  registered: z.boolean(),
  problem: z.enum(['taken', 'invalid']).nullable(),
  /** The combination the problem is about. */
  attempted: z.string().max(60).nullable(),
});
export type ShortcutStatus = z.infer<typeof shortcutStatus>;

export const ipcContract = {
  'app:getInfo': {
    request: z.null(),
    response: z.object({ version: z.string(), platform: z.string() }),
  },
  // The app's language lives in the renderer; main needs it for its own questions (leave prompt).
  'app:setLanguage': { request: z.object({ language: z.enum(['de', 'en']) }), response: z.null() },
  'file:save': {
    request: z.object({
      suggestedName: fileName,
      data: z.instanceof(Uint8Array),
      filters: z.array(fileFilter).max(10),
    }),
    response: z.object({ saved: z.boolean() }),
  },
  'system:notify': {
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }),
    response: z.null(),
  },
  'file:open': {
    request: z.object({
      filters: z.array(fileFilter).max(10),
      maxBytes: z.number().int().min(1).max(MAX_OPEN_FILE_BYTES),
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('canceled') }),
      z.object({ status: z.literal('too-large'), name: z.string(), size: z.number().int().min(0) }),
      z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
    ]),
  },
  'file:printToPdf': {
    request: z.object({
      suggestedName: fileName.refine((n) => /\.pdf$/i.test(n)),
      /** The document's properties (the report's title, the office as author, the period as subject). */
      metadata: z
        .object({ title: z.string().max(300), author: z.string().max(300), subject: z.string().max(300) })
        .optional(),
    }),
    response: z.object({ saved: z.boolean() }),
  },
  'backup:chooseFolder': {
    request: z.null(),
    response: z.object({ folder: z.string().nullable() }),
  },
  'backup:write': {
    // Only the encrypted file: main names it with its own clock, so the renderer cannot choose names
    // that would make the rotation delete the real backups. Any other key is refused.
    request: z.strictObject({ data: z.instanceof(Uint8Array).refine(looksLikeAgeFile) }),
    response: z.object({
      status: z.enum(['written', 'no-folder', 'failed']),
      removed: z.number().int().min(0),
    }),
  },
  'backup:status': {
    request: z.null(),
    response: z.object({ folder: z.string().nullable(), lastAt: z.iso.datetime().nullable() }),
  },
  'shortcut:get': { request: z.null(), response: shortcutStatus },
  'shortcut:set': { request: z.object({ accelerator: accelerator.nullable() }), response: shortcutStatus },
  // Team sync's HTTP to the office's CouchDB server, made by main (Chromium's network stack with the
  // system's certificates): the window's security policy allows it no network of its own.
  'sync:request': {
    request: z.object({
      url: z
        .string()
        .max(4000)
        .refine((url) => syncUrlProblem(url) === undefined),
      method: z.enum(['GET', 'PUT', 'POST', 'DELETE']),
      // Exactly these headers: no cookie, no host, nothing else crosses.
      headers: z.strictObject({
        authorization: z.string().max(2000),
        accept: z.literal('application/json'),
        'content-type': z.literal('application/json').optional(),
      }),
      body: z.string().max(MAX_SYNC_BODY_CHARS).optional(),
    }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('answer'), status: z.number().int().min(100).max(599), body: z.string() }),
      z.object({
        kind: z.literal('failed'),
        failure: z.enum(['unreachable', 'certificate']),
        detail: z.string().max(500),
      }),
    ]),
  },
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Commands from the application menu and the global shortcut, carried out by the renderer. */
export const APP_COMMANDS = ['new-inquiry', 'search', 'lock', 'about'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const ipcEvents = {
  'vault:lock': z.object({ reason: z.enum(['os-lock', 'suspend']) }),
  'app:command': z.object({ command: z.enum(APP_COMMANDS) }),
} satisfies Record<EventChannel, z.ZodType>;

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends InvokeChannel> = z.infer<IpcContract[C]['request']>;
export type IpcResponse<C extends InvokeChannel> = z.infer<IpcContract[C]['response']>;
export type IpcEventPayload<C extends EventChannel> = z.infer<(typeof ipcEvents)[C]>;

/** The API the preload exposes as window.api. */
export interface DesktopApi {
  invoke<C extends InvokeChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
  on<C extends EventChannel>(channel: C, listener: (payload: IpcEventPayload<C>) => void): () => void;
}
