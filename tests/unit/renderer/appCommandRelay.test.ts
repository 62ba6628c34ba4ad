import { describe, expect, it } from 'vitest';
import { createCommandRelay, PENDING_CAPTURE_MS } from '../../../renderer/app/appCommandRelay';
import type { AppCommand } from '../../../renderer/host';

describe('app command relay', () => {
  it('passes commands to the attached shell', () => {
    const relay = createCommandRelay(() => 0);
    const seen: AppCommand[] = [];
    const detach = relay.attach((c) => seen.push(c));
    relay.receive('search');
    relay.receive('lock');
    detach();
    relay.receive('about');
    expect(seen).toEqual(['search', 'lock']);
  });

  it('opens quick capture after unlocking when the shortcut was pressed while locked', () => {
    let clock = 1_000;
    const relay = createCommandRelay(() => clock);
    relay.receive('lock');
    relay.receive('about');
    relay.receive('new-inquiry');
    clock += 60_000; // a minute to type the password
    const seen: AppCommand[] = [];
    relay.attach((c) => seen.push(c));
    expect(seen).toEqual(['new-inquiry']);
  });

  it('forgets a quick capture from long ago, and delivers one only once', () => {
    let clock = 0;
    const relay = createCommandRelay(() => clock);
    relay.receive('new-inquiry');
    clock = PENDING_CAPTURE_MS + 1;
    const seen: AppCommand[] = [];
    relay.attach((c) => seen.push(c))();
    expect(seen).toEqual([]);
    relay.receive('new-inquiry');
    const again: AppCommand[] = [];
    relay.attach((c) => again.push(c))();
    relay.attach((c) => again.push(c));
    expect(again).toEqual(['new-inquiry']);
  });
});
