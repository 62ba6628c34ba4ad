import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { ipcContract, ipcEvents } from '../../../shared/ipc/contract';
import { sendEvent } from '../../../electron/main/ipc/events';
import { isTrustedSender, validateRequest, validateResponse } from '../../../electron/main/ipc/validate';

const appFrame = { url: 'app://anlaufstelle/index.html#/anfragen', isMainFrame: true };

const validRequests: Record<(typeof INVOKE_CHANNELS)[number], unknown> = {
  'app:getInfo': null,
  'app:setLanguage': { language: 'en' },
  'file:save': {
    suggestedName: 'Jahresbericht 2026.pdf',
    data: new Uint8Array([1, 2]),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  },
  'system:notify': { title: 'Wiedervorlage fällig', body: '3 Wiedervorlagen sind heute fällig.' },
  'file:open': { filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }], maxBytes: 20 * 1024 * 1024 },
  'file:printToPdf': { suggestedName: 'Jahresbericht 2026.pdf' },
  'backup:chooseFolder': null,
  'backup:write': { data: new TextEncoder().encode('age-encryption.org/v1\n-> scrypt') },
  'backup:status': null,
  'shortcut:get': null,
  'shortcut:set': { accelerator: 'CommandOrControl+Alt+N' },
  'sync:request': {
    url: 'https://couchdb.landkreis.example:6984/kreis-musterstadt/_changes?style=all_docs&since=0&limit=500',
    method: 'GET',
    headers: { authorization: 'Basic YW5uYTpnZWhlaW0=', accept: 'application/json' },
  },
};

describe('IPC validation', () => {
  it('has a contract entry for every channel the preload exposes', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each(INVOKE_CHANNELS)('accepts a valid %s request from the app frame', (channel) => {
    expect(validateRequest(channel, validRequests[channel], appFrame)).toMatchObject({ ok: true });
  });

  it('a team-sync request goes only to https (or this computer) and never carries credentials in the address', () => {
    const request = validRequests['sync:request'] as { url: string };
    for (const url of [
      'http://couchdb.landkreis.example:5984/kreis/_changes',
      'https://anna:geheim@couchdb.landkreis.example/kreis',
      'file:///etc/passwd',
      'app://anlaufstelle/index.html',
    ]) {
      expect(validateRequest('sync:request', { ...request, url }, appFrame)).toMatchObject({ ok: false });
    }
    expect(
      validateRequest('sync:request', { ...request, url: 'http://127.0.0.1:5984/kreis' }, appFrame),
    ).toMatchObject({
      ok: true,
    });
  });

  it('rejects unknown channels', () => {
    expect(validateRequest('fs:readFile', { path: '/etc/passwd' }, appFrame)).toEqual({
      ok: false,
      error: 'unknown channel',
    });
    expect(validateRequest('__proto__', null, appFrame)).toMatchObject({ ok: false });
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['a sub-frame', { url: 'app://anlaufstelle/index.html', isMainFrame: false }],
    ['a file URL', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['an unknown frame', { url: undefined, isMainFrame: true }],
  ])('rejects calls from %s on every channel, even with a valid payload', (_name, sender) => {
    for (const channel of INVOKE_CHANNELS) {
      expect(validateRequest(channel, validRequests[channel], sender), channel).toEqual({
        ok: false,
        error: 'untrusted sender',
      });
    }
  });

  const badPayloads = [
    ['file:save', { suggestedName: '../../evil.sh', data: new Uint8Array(), filters: [] }],
    ['file:save', { suggestedName: 'a.pdf', data: 'not bytes', filters: [] }],
    [
      'file:save',
      { suggestedName: 'a.pdf', data: new Uint8Array(), filters: [{ name: 'x', extensions: ['../x'] }] },
    ],
    ['system:notify', { title: '', body: 'x' }],
    ['system:notify', { title: 'x'.repeat(201), body: '' }],
    ['app:getInfo', { anything: true }],
    ['app:setLanguage', { language: 'fr' }],
    ['app:setLanguage', null],
    ['shortcut:get', undefined],
    ['backup:chooseFolder', { folder: '/etc' }],
    ['backup:status', { folder: '/etc' }],
    [
      'backup:write',
      { fileName: 'Anlaufstelle-Sicherung-2026-11-27_14-05-09.age', data: new Uint8Array([1]) },
    ],
    ['file:open', { filters: [], maxBytes: 0 }],
    ['file:open', { filters: [], maxBytes: 1024 * 1024 * 1024 }],
    ['file:open', { filters: [], maxBytes: 1.5 }],
    ['file:open', { filters: [{ name: 'x', extensions: ['*.*'] }], maxBytes: 10 }],
    ['file:printToPdf', { suggestedName: 'Bericht.docx' }],
    ['file:printToPdf', { suggestedName: 'a/b.pdf' }],
    ['shortcut:set', { accelerator: 'N' }],
    ['shortcut:set', { accelerator: 'Ctrl+Alt+N' }],
    ['shortcut:set', {}],
    [
      'sync:request',
      {
        url: 'http://example.org/db',
        method: 'GET',
        headers: { authorization: 'x', accept: 'application/json' },
      },
    ],
    [
      'sync:request',
      {
        url: 'https://example.org/db',
        method: 'PATCH',
        headers: { authorization: 'x', accept: 'application/json' },
      },
    ],
    [
      'sync:request',
      {
        url: 'https://example.org/db',
        method: 'GET',
        headers: { authorization: 'x', accept: 'application/json', cookie: 'a' },
      },
    ],
  ] as const;

  it('has bad-payload cases for every channel', () => {
    expect(new Set(badPayloads.map(([channel]) => channel))).toEqual(new Set(INVOKE_CHANNELS));
  });

  it.each(badPayloads)('rejects a bad %s payload', (channel, payload) => {
    expect(validateRequest(channel, payload, appFrame)).toEqual({ ok: false, error: 'invalid payload' });
  });

  it('checks handler responses against the contract too', () => {
    expect(validateResponse('app:getInfo', { version: '0.1.0', platform: 'win32' })).toMatchObject({
      ok: true,
    });
    expect(validateResponse('app:getInfo', { version: 1 })).toMatchObject({ ok: false });
  });

  it('trusts only the main frame of the app origin', () => {
    expect(isTrustedSender('app://anlaufstelle/index.html', true)).toBe(true);
    expect(isTrustedSender('app://anlaufstelle.evil/index.html', true)).toBe(false);
  });
});

describe('events main sends', () => {
  it('sends contract events and refuses payloads that do not match', () => {
    const sent: [string, unknown][] = [];
    const target = { send: (channel: string, payload: unknown) => sent.push([channel, payload]) };
    sendEvent(target, 'app:command', { command: 'new-inquiry' });
    sendEvent(target, 'vault:lock', { reason: 'suspend' });
    expect(sent).toEqual([
      ['app:command', { command: 'new-inquiry' }],
      ['vault:lock', { reason: 'suspend' }],
    ]);
    expect(() => sendEvent(target, 'app:command', { command: 'rm -rf' } as never)).toThrow();
    expect(() => sendEvent(target, 'evil:channel' as never, {} as never)).toThrow('unknown event channel');
    expect(sent).toHaveLength(2);
  });

  it('has an event schema for every event channel the preload exposes', () => {
    expect(Object.keys(ipcEvents).sort()).toEqual([...EVENT_CHANNELS].sort());
  });
});
