// Team sync's requests to the office's CouchDB server, made in main: the window has no network of its
// own (its security policy allows none). Only https (or a server on this computer), no redirects, and
// a certificate error is reported as such, never bypassed.
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';

export type SyncRequest = IpcRequest<'sync:request'>;
export type SyncAnswer = IpcResponse<'sync:request'>;
type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Chromium names certificate problems net::ERR_CERT_…; Node's fetch puts a code in the cause. */
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL|ERR_TLS/i;

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  return [error instanceof Error ? error.message : String(error), cause?.code, cause?.message]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' ');
}

export async function performSyncRequest(request: SyncRequest, fetchFn: Fetch): Promise<SyncAnswer> {
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      // A redirect could lead the password elsewhere: CouchDB never redirects these requests.
      redirect: 'error',
    });
    return { kind: 'answer', status: response.status, body: await response.text() };
  } catch (error) {
    const detail = describe(error).slice(0, 500);
    return { kind: 'failed', failure: CERTIFICATE.test(detail) ? 'certificate' : 'unreachable', detail };
  }
}
