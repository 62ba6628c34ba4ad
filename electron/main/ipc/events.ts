// Events main sends to the renderer are checked against the contract too.
import { EVENT_CHANNELS, type EventChannel } from '../../../shared/ipc/channels';
import { ipcEvents, type IpcEventPayload } from '../../../shared/ipc/contract';

export interface EventTarget {
  send(channel: string, payload: unknown): void;
}

export function isEventChannel(channel: string): channel is EventChannel {
  return (EVENT_CHANNELS as readonly string[]).includes(channel);
}

/** Sends a contract event; throws (and sends nothing) when the payload does not match. */
export function sendEvent<C extends EventChannel>(
  target: EventTarget,
  channel: C,
  payload: IpcEventPayload<C>,
): void {
  if (!isEventChannel(channel)) throw new Error('unknown event channel');
  const parsed = ipcEvents[channel].safeParse(payload);
  if (!parsed.success) throw new Error('invalid event payload');
  target.send(channel, parsed.data);
}
