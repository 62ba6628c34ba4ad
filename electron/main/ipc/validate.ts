// Validation of every IPC call: known channel, trusted sender frame, payload per the contract.
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/channels';
import { ipcContract } from '../../../shared/ipc/contract';
import { isAppUrl } from '../securityPolicy';

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

export function isKnownChannel(channel: string): channel is InvokeChannel {
  return (INVOKE_CHANNELS as readonly string[]).includes(channel);
}

/** The sender must be the app's own top-level frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return !!frameUrl && isMainFrame && isAppUrl(frameUrl);
}

export function validateRequest(
  channel: string,
  payload: unknown,
  sender: { url: string | undefined; isMainFrame: boolean },
): Validation<unknown> {
  if (!isKnownChannel(channel)) return { ok: false, error: `unknown channel` };
  if (!isTrustedSender(sender.url, sender.isMainFrame)) return { ok: false, error: 'untrusted sender' };
  const parsed = ipcContract[channel].request.safeParse(payload);
  if (!parsed.success) return { ok: false, error: 'invalid payload' };
  return { ok: true, value: parsed.data };
}

/** Main's answers are checked too, so a handler bug cannot leak an unexpected shape. */
export function validateResponse(channel: InvokeChannel, value: unknown): Validation<unknown> {
  const parsed = ipcContract[channel].response.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'invalid response' };
}
