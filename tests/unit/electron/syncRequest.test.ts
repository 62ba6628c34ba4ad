// The desktop app's team-sync requests, made by main, against real servers on loopback: a
// CouchDB-compatible one, a port nobody listens on, and a TLS server with a self-signed certificate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performSyncRequest } from '../../../electron/main/services/syncRequest';
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

const auth = `Basic ${Buffer.from('anna:Anna-Passwort-1').toString('base64')}`;
const nodeFetch = (url: string, init: RequestInit) => fetch(url, init);

describe('team sync through main', () => {
  it('passes the server’s answer on, errors included', async () => {
    const info = await performSyncRequest(
      {
        url: `${couch.url}/kreis`,
        method: 'GET',
        headers: { authorization: auth, accept: 'application/json' },
      },
      nodeFetch,
    );
    expect(info).toMatchObject({ kind: 'answer', status: 200 });
    expect(JSON.parse((info as { body: string }).body)).toMatchObject({ db_name: 'kreis' });
    const wrong = await performSyncRequest(
      {
        url: `${couch.url}/kreis`,
        method: 'GET',
        headers: { authorization: 'Basic eDp5', accept: 'application/json' },
      },
      nodeFetch,
    );
    expect(wrong).toMatchObject({ kind: 'answer', status: 401 });
  });

  it('no server: "unreachable"', async () => {
    const answer = await performSyncRequest(
      {
        url: 'http://127.0.0.1:9/kreis',
        method: 'GET',
        headers: { authorization: auth, accept: 'application/json' },
      },
      nodeFetch,
    );
    expect(answer).toMatchObject({ kind: 'failed', failure: 'unreachable' });
  });

  it('a certificate the computer does not trust: "certificate", and no answer is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=127.0.0.1',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    let reached = false;
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_request, response) => {
        reached = true;
        response.end('{"ok":true}');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const answer = await performSyncRequest(
        {
          url: `https://127.0.0.1:${port}/kreis`,
          method: 'GET',
          headers: { authorization: auth, accept: 'application/json' },
        },
        nodeFetch,
      );
      expect(answer).toMatchObject({ kind: 'failed', failure: 'certificate' });
      expect(reached).toBe(false);
    } finally {
      server.close();
    }
  });
});
