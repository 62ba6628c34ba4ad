// The part of Apache CouchDB's documented HTTP API that replication uses (docs.couchdb.org,
// "Replication Protocol"): _changes, _revs_diff, _bulk_get, _bulk_docs with new_edits=false, and
// checkpoints in _local documents. fetch is passed in, so the same code runs in the window, in
// Electron and in Node tests; nothing here knows what the documents mean.

/** Why the server could not be used, in terms a user can act on (the UI words them in German). */
export type SyncFailure =
  | 'unreachable' // no answer: offline, wrong address, server down
  | 'certificate' // TLS refused (the browser does not say more; Electron's main process does)
  | 'unauthorized' // wrong user name or password
  | 'forbidden' // the user is not a member of the office's database
  | 'notFound' // no such database
  | 'notCouch' // something answers at the address, but not CouchDB (a web page, another service)
  | 'revoked' // documents under a team key this device was not given: removed from the team
  | 'server'; // any other answer

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    readonly status?: number,
    detail?: string,
  ) {
    super(`sync ${failure}${status ? ` (${status})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'SyncError';
  }
}

export interface CouchAccount {
  /** Server address, e.g. https://couch.landkreis.de:6984 */
  server: string;
  database: string;
  user: string;
  password: string;
}

export interface ChangeRow {
  id: string;
  seq: string | number;
  /** Every leaf revision of the document (style=all_docs), deleted ones included. */
  changes: { rev: string }[];
  deleted?: boolean;
}

export interface CouchDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

type Fetch = typeof fetch;

export class CouchClient {
  private readonly server: string;
  private readonly base: string;
  private readonly auth: string;

  constructor(
    account: CouchAccount,
    private readonly fetchFn: Fetch = globalThis.fetch.bind(globalThis),
  ) {
    this.server = account.server.replace(/\/+$/, '');
    this.base = `${this.server}/${encodeURIComponent(account.database)}`;
    this.auth = `Basic ${base64Utf8(`${account.user}:${account.password}`)}`;
  }

  /** The database's info: also the check that address, user, password and membership are right. */
  info(): Promise<{ db_name: string; update_seq: string | number; doc_count: number }> {
    return this.request('GET', '');
  }

  async changes(
    since: string | number,
    limit: number,
  ): Promise<{ results: ChangeRow[]; last_seq: string | number }> {
    const query = new URLSearchParams({ style: 'all_docs', since: String(since), limit: String(limit) });
    return this.request('GET', `/_changes?${query}`);
  }

  /** Which of these revisions the server lacks. */
  async revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>> {
    return this.request('POST', '/_revs_diff', revs);
  }

  /** The documents at these revisions, with their ancestry (`_revisions`). */
  async bulkGet(refs: { id: string; rev: string }[]): Promise<CouchDoc[]> {
    const answer = await this.request<{
      results: { id: string; docs: ({ ok: CouchDoc } | { error: { error: string; reason?: string } })[] }[];
    }>('POST', '/_bulk_get?revs=true', { docs: refs });
    const docs: CouchDoc[] = [];
    for (const result of answer.results) {
      for (const doc of result.docs) {
        if ('ok' in doc) docs.push(doc.ok);
        else throw new SyncError('server', undefined, `${result.id}: ${doc.error.error}`);
      }
    }
    return docs;
  }

  /** Stores revisions as they are (their ids and ancestry made by the client): replication's write. */
  async bulkDocs(docs: CouchDoc[]): Promise<void> {
    const answer = await this.request<{ id: string; error?: string; reason?: string }[]>(
      'POST',
      '/_bulk_docs',
      {
        docs,
        new_edits: false,
      },
    );
    const failed = answer.find((row) => row.error);
    if (failed) {
      throw new SyncError(
        failed.error === 'forbidden' ? 'forbidden' : 'server',
        undefined,
        `${failed.id}: ${failed.error}`,
      );
    }
  }

  /** A document by id (team documents: invitations, key documents); undefined when there is none. */
  async getDoc<T extends object>(id: string): Promise<(T & { _id: string; _rev: string }) | undefined> {
    try {
      return await this.request('GET', `/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof SyncError && error.failure === 'notFound') return undefined;
      throw error;
    }
  }

  /** Creates or updates a document the normal way (with its current _rev when it exists). */
  async putDoc(doc: { _id: string; _rev?: string }): Promise<string> {
    const answer = await this.request<{ rev: string }>('PUT', `/${encodeURIComponent(doc._id)}`, doc);
    return answer.rev;
  }

  /** Deletes a document; false when it was gone or changed meanwhile (someone else was first). */
  async deleteDoc(id: string, rev: string): Promise<boolean> {
    try {
      await this.request('DELETE', `/${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}`);
      return true;
    } catch (error) {
      if (error instanceof SyncError && (error.failure === 'notFound' || error.status === 409)) return false;
      throw error;
    }
  }

  /** The documents whose ids start with `prefix`. */
  async docsWithPrefix<T extends object>(prefix: string): Promise<(T & { _id: string; _rev: string })[]> {
    const query = new URLSearchParams({
      include_docs: 'true',
      startkey: JSON.stringify(prefix),
      endkey: JSON.stringify(`${prefix}\ufff0`),
    });
    const answer = await this.request<{ rows: { doc?: T & { _id: string; _rev: string } }[] }>(
      'GET',
      `/_all_docs?${query}`,
    );
    return answer.rows.flatMap((row) => (row.doc ? [row.doc] : []));
  }

  async getLocal<T extends object>(id: string): Promise<(T & { _rev?: string }) | undefined> {
    try {
      return await this.request('GET', `/_local/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof SyncError && error.failure === 'notFound') return undefined;
      throw error;
    }
  }

  async putLocal(id: string, body: object): Promise<void> {
    const current = await this.getLocal(id);
    await this.request('PUT', `/_local/${encodeURIComponent(id)}`, {
      ...body,
      ...(current?._rev ? { _rev: current._rev } : {}),
    });
  }

  /** Whether the server accepts this user name and password at all. */
  private async signedIn(): Promise<boolean> {
    try {
      const response = await this.fetchFn(`${this.server}/_session`, {
        headers: { Authorization: this.auth, Accept: 'application/json' },
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!response.ok) return false;
      const session = (await response.json()) as { userCtx?: { name?: string | null } };
      return Boolean(session.userCtx?.name);
    } catch {
      return false;
    }
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, {
        method,
        headers: {
          Authorization: this.auth,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // A server's answer must never land in the browser's HTTP cache on disk.
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      throw new SyncError(
        certificateProblem(error) ? 'certificate' : 'unreachable',
        undefined,
        String(error),
      );
    }
    if (response.ok) {
      try {
        return (await response.json()) as T;
      } catch {
        throw new SyncError('notCouch', response.status);
      }
    }
    const reason = await response.text().catch(() => '');
    // CouchDB answers 403 to a user who is not a member; pouchdb-server answers 401. _session tells
    // whether the name and password themselves were right.
    if (response.status === 401)
      throw new SyncError((await this.signedIn()) ? 'forbidden' : 'unauthorized', 401);
    if (response.status === 403) throw new SyncError('forbidden', 403);
    // CouchDB says why in JSON ({"error":"not_found",…}); a web page in its place does not.
    if (response.status === 404)
      throw new SyncError(isCouchError(reason) ? 'notFound' : 'notCouch', 404, reason.slice(0, 200));
    throw new SyncError('server', response.status, reason.slice(0, 200));
  }
}

function isCouchError(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed.error === 'string';
  } catch {
    return false;
  }
}

/** Node names certificate errors in the cause; browsers say nothing beyond "Failed to fetch". */
function certificateProblem(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code);
}

function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
