// What Einstellungen → Team asks for when setting up or joining, and how it is checked. TLS is
// required: the password and every envelope travel to the server; only a server on this computer
// itself (loopback) may be reached without it.
import { z } from 'zod';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export type ServerAddressProblem = 'invalidUrl' | 'httpsRequired';

export function serverAddressProblem(text: string): ServerAddressProblem | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'invalidUrl';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalidUrl';
  if (url.username || url.password || url.search || url.hash) return 'invalidUrl';
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return 'httpsRequired';
  return undefined;
}

/** A request body of team sync (a batch of envelopes) is far below this. */
export const MAX_SYNC_BODY_CHARS = 64 * 1024 * 1024;

/**
 * Whether the desktop app's main process may send a team-sync request there: the rules of the server
 * address, plus no query beyond CouchDB's own parameters (checked by the contract, not here).
 */
export function syncUrlProblem(text: string): ServerAddressProblem | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalidUrl';
  }
  if (url.username || url.password) return 'invalidUrl';
  return serverAddressProblem(url.origin);
}

/** The address as it is stored: without a trailing slash. */
export function normalServerAddress(text: string): string {
  return text.trim().replace(/\/+$/, '');
}

const required = z.string().trim().min(1, 'team.errors.required');

const common = {
  server: required.superRefine((value, ctx) => {
    const problem = serverAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `team.errors.${problem}` });
  }),
  database: required.max(240),
  user: required.max(240),
  password: z.string().min(1, 'team.errors.required'),
  name: required.max(120),
  device: required.max(120),
};

export const teamSetUpSchema = z.object({ ...common, office: required.max(120) });
export type TeamSetUpForm = z.infer<typeof teamSetUpSchema>;

export const teamJoinSchema = z.object({ ...common, code: required.max(200) });
export type TeamJoinForm = z.infer<typeof teamJoinSchema>;

/** New access data from IT (a new password, another server): who works here stays as it is. */
export const teamAccessSchema = z.object({
  server: common.server,
  database: common.database,
  user: common.user,
  password: common.password,
});
export type TeamAccessForm = z.infer<typeof teamAccessSchema>;
