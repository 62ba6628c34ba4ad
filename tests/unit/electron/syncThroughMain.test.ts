// The desktop path end to end, without Electron: the sync's CouchDB client in the window → the
// desktop host's syncFetch → the IPC contract's checks (as main applies them) → main's request →
// a real CouchDB-compatible server. Only ipcRenderer/ipcMain themselves are left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { CouchClient } from '../../../shared/sync/couchClient';
import { validateRequest, validateResponse } from '../../../electron/main/ipc/validate';
import { performSyncRequest } from '../../../electron/main/services/syncRequest';
import { createElectronHost } from '../../../renderer/host/electronHost';
import { startCouchServer, type CouchServer } from '../../support/couchServer.mjs';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouchServer();
  await couch.addUser('anna', 'Anna-Passwort-1');
  await couch.createDatabase('kreis', ['anna']);
}, 60_000);
afterAll(async () => {
  await couch.dispose();
});

const appFrame = { url: 'app://anlaufstelle/index.html', isMainFrame: true };
const api: DesktopApi = {
  invoke: (async (channel: InvokeChannel, request: unknown) => {
    const checked = validateRequest(channel, request, appFrame);
    if (!checked.ok || channel !== 'sync:request')
      throw new Error(checked.ok ? 'unexpected channel' : checked.error);
    const answer = await performSyncRequest(checked.value as never, (url, init) => fetch(url, init));
    const result = validateResponse(channel, answer);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }) as DesktopApi['invoke'],
  on: (() => () => {}) as DesktopApi['on'],
};
const host = createElectronHost(api);

describe('team sync in the desktop app', () => {
  it('reads, writes and gets failures through main like through fetch', async () => {
    const account = { server: couch.url, database: 'kreis', user: 'anna', password: 'Anna-Passwort-1' };
    const client = new CouchClient(account, (input, init) => host.syncFetch(String(input), init ?? {}));
    expect(await client.info()).toMatchObject({ db_name: 'kreis' });
    await client.putLocal('anlaufstelle-test', { seq: '7' });
    expect(await client.getLocal('anlaufstelle-test')).toMatchObject({ seq: '7' });
    const wrong = new CouchClient({ ...account, password: 'falsch' }, (input, init) =>
      host.syncFetch(String(input), init ?? {}),
    );
    await expect(wrong.info()).rejects.toMatchObject({ failure: 'unauthorized' });
    const nowhere = new CouchClient({ ...account, server: 'http://127.0.0.1:9' }, (input, init) =>
      host.syncFetch(String(input), init ?? {}),
    );
    await expect(nowhere.info()).rejects.toMatchObject({ failure: 'unreachable' });
  });
});
