// A CouchDB-compatible server for the tests: pouchdb-server (npm) on a free loopback port, its files
// in a temporary folder, set up the way a district's IT sets up CouchDB — a server admin (after
// which anonymous access is refused), one database per office created by the admin, a user per
// member, the members listed in the database's _security. Started and stopped by each test (and by
// the benchmark: plain JavaScript, so `node` runs it; its types are in couchServer.d.mts).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
export const ADMIN = { name: 'it-admin', password: 'IT-Admin-Passwort-2026' };

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `corsOrigin`: the web app's origin, for tests that sync from the browser. */
/** @type {import('./couchServer.d.mts').startCouchServer} */
export async function startCouchServer({ corsOrigin } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const adminAuth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let output = '';

  async function start() {
    output = '';
    child = spawn(
      process.execPath,
      [
        BIN,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--dir',
        join(dir, 'data'),
        '--config',
        join(dir, 'config.json'),
        '--no-stdout-logs',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk) => (output += chunk.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${output}`);
      try {
        if ((await fetch(`${url}/`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }

  /** @type {(path: string, init?: RequestInit) => Promise<Response>} */
  const admin = (path, init = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { Authorization: adminAuth, 'Content-Type': 'application/json', ...init.headers },
    });
  async function adminOk(path, init) {
    const response = await admin(path, init);
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  }

  await start();
  // The first admin ends the "admin party": from here on, anonymous requests are refused.
  const put = await fetch(`${url}/_config/admins/${ADMIN.name}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  if (!put.ok) throw new Error(`admin: ${put.status}`);
  if (corsOrigin) {
    const cors = [
      ['httpd/enable_cors', 'true'],
      ['cors/origins', corsOrigin],
      ['cors/credentials', 'true'],
      ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
      ['cors/headers', 'accept, authorization, content-type, origin, referer'],
    ];
    for (const [key, value] of cors)
      await adminOk(`/_config/${key}`, { method: 'PUT', body: JSON.stringify(value) });
  }

  return {
    url,
    dir,
    stop,
    start,
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
    async addUser(name, password) {
      await adminOk(`/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
        method: 'PUT',
        body: JSON.stringify({ name, password, roles: [], type: 'user' }),
      });
    },
    async createDatabase(name, members) {
      await adminOk(`/${name}`, { method: 'PUT' });
      await adminOk(`/${name}/_security`, {
        method: 'PUT',
        body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: members, roles: [] } }),
      });
    },
    admin,
  };
}
