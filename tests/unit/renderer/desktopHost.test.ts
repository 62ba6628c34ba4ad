import { describe, expect, it } from 'vitest';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { createElectronHost } from '../../../renderer/host/electronHost';

/** A stand-in for window.api that records calls and answers from a table. */
function fakeApi(answers: Partial<Record<InvokeChannel, unknown>> = {}) {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: DesktopApi = {
    invoke: (async (channel: InvokeChannel, request: unknown) => {
      calls.push([channel, request]);
      return answers[channel];
    }) as DesktopApi['invoke'],
    on: ((channel: EventChannel, listener: (payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    }) as DesktopApi['on'],
  };
  const emit = (channel: EventChannel, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l(payload);
  };
  return { api, calls, emit };
}

describe('desktop host', () => {
  it('passes menu commands to the listener until it unsubscribes', () => {
    const { api, emit } = fakeApi();
    const host = createElectronHost(api);
    const seen: string[] = [];
    const off = host.onAppCommand((c) => seen.push(c));
    emit('app:command', { command: 'search' });
    emit('app:command', { command: 'about' });
    off();
    emit('app:command', { command: 'lock' });
    expect(seen).toEqual(['search', 'about']);
  });

  it('asks main for the version', async () => {
    const { api, calls } = fakeApi({ 'app:getInfo': { version: '1.0.0', platform: 'win32' } });
    expect(await createElectronHost(api).getAppInfo()).toEqual({ version: '1.0.0', platform: 'win32' });
    expect(calls).toEqual([['app:getInfo', null]]);
  });

  it("tells main the app's language, for the leave question it asks itself", async () => {
    const { api, calls } = fakeApi({ 'app:setLanguage': null });
    await createElectronHost(api).setLanguage('en');
    expect(calls).toEqual([['app:setLanguage', { language: 'en' }]]);
  });

  it('reads and sets the global shortcut through main', async () => {
    const status = { accelerator: 'Alt+F9', registered: true, problem: null, attempted: null };
    const { api, calls } = fakeApi({ 'shortcut:get': status, 'shortcut:set': status });
    const host = createElectronHost(api);
    expect(await host.getGlobalShortcut()).toEqual(status);
    expect(await host.setGlobalShortcut('Alt+F9')).toEqual(status);
    await host.setGlobalShortcut(null);
    expect(calls).toEqual([
      ['shortcut:get', null],
      ['shortcut:set', { accelerator: 'Alt+F9' }],
      ['shortcut:set', { accelerator: null }],
    ]);
  });

  it('opens files and prints to PDF through main; a cancelled dialog is null / false', async () => {
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const opened = { status: 'opened', name: 'a.csv', data: new Uint8Array([65]) };
    const { api, calls } = fakeApi({ 'file:open': opened, 'file:printToPdf': { saved: true } });
    const host = createElectronHost(api);
    expect(await host.openFile(filters, 1000)).toEqual(opened);
    expect(await host.printToPdf('Jahresbericht 2026.pdf')).toBe(true);
    expect(calls).toEqual([
      ['file:open', { filters, maxBytes: 1000 }],
      ['file:printToPdf', { suggestedName: 'Jahresbericht 2026.pdf' }],
    ]);
    const cancelled = fakeApi({ 'file:open': { status: 'canceled' }, 'file:printToPdf': { saved: false } });
    expect(await createElectronHost(cancelled.api).openFile(filters, 1000)).toBeNull();
    expect(await createElectronHost(cancelled.api).printToPdf('x.pdf')).toBe(false);
  });

  it('chooses the backup folder, writes automatic backups and reads the last one through main', async () => {
    const { api, calls } = fakeApi({
      'backup:chooseFolder': { folder: 'D:\\Sicherungen' },
      'backup:write': { status: 'written', removed: 3 },
      'backup:status': { folder: 'D:\\Sicherungen', lastAt: '2026-11-27T13:05:09.000Z' },
    });
    const host = createElectronHost(api);
    expect(await host.chooseBackupFolder()).toBe('D:\\Sicherungen');
    const data = new TextEncoder().encode('age-encryption.org/v1\n-> scrypt');
    expect(await host.writeAutoBackup(data)).toBe('written');
    expect(await host.lastAutoBackupAt()).toEqual(new Date('2026-11-27T13:05:09.000Z'));
    expect(await host.backupFolder()).toBe('D:\\Sicherungen');
    expect(calls.map(([c]) => c)).toEqual([
      'backup:chooseFolder',
      'backup:write',
      'backup:status',
      'backup:status',
    ]);
    // Only the bytes: main names the file.
    expect(calls[1]).toEqual(['backup:write', { data }]);
  });
});
