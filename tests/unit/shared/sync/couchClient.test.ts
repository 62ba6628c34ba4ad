// What "Team einrichten" and the status say when the account does not work: the server's answer is
// told apart from a web page at the address (a typo in the address, or the wrong port).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, SyncError, type SyncFailure } from '../../../../shared/sync/couchClient';
import { startCouchServer, type CouchServer } from '../../../support/couchServer.mjs';

let couch: CouchServer;
let web: Server;
let webUrl = '';

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.addUser('anna', 'Anna-Passwort-1');
  await couch.createDatabase('kreis-musterstadt', ['anna']);
  // An ordinary web server: a page for /, "Not Found" as HTML for anything else.
  web = createServer((request, response) => {
    const home = request.url === '/';
    response.writeHead(home ? 200 : 404, { 'Content-Type': 'text/html' });
    response.end(home ? '<h1>Landkreis Musterstadt</h1>' : '<h1>404 Not Found</h1>');
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const address = web.address();
  webUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);
afterAll(async () => {
  await couch.dispose();
  await new Promise((resolve) => web.close(resolve));
});

async function failureOf(
  server: string,
  database: string,
  password = 'Anna-Passwort-1',
): Promise<SyncFailure> {
  try {
    await new CouchClient({ server, database, user: 'anna', password }).info();
  } catch (error) {
    if (error instanceof SyncError) return error.failure;
    throw error;
  }
  throw new Error('the account worked');
}

describe('the account check', () => {
  it('names a missing database on a CouchDB server, and a web server that is no CouchDB, differently', async () => {
    await expect(
      new CouchClient({
        server: couch.url,
        database: 'kreis-musterstadt',
        user: 'anna',
        password: 'Anna-Passwort-1',
      }).info(),
    ).resolves.toMatchObject({ db_name: 'kreis-musterstadt' });
    expect(await failureOf(couch.url, 'kreis-nirgendwo')).toBe('notFound');
    expect(await failureOf(couch.url, 'kreis-musterstadt', 'falsch')).toBe('unauthorized');
    expect(await failureOf(webUrl, 'kreis-musterstadt')).toBe('notCouch');
    // A page where the database should be (a 200 with HTML) is no CouchDB either.
    expect(await failureOf(webUrl, '')).toBe('notCouch');
    expect(await failureOf('http://127.0.0.1:9', 'kreis-musterstadt')).toBe('unreachable');
  });
});
