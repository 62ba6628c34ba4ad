// How team sync reaches the server: set once from the host (desktop: through main; browser: fetch).
type SyncFetch = (url: string, init: RequestInit) => Promise<Response>;

let transport: SyncFetch = (url, init) => globalThis.fetch(url, init);

export function setSyncTransport(fetchFn: SyncFetch): void {
  transport = fetchFn;
}

/** The fetch the sync's CouchDB client uses. */
export const syncFetch: typeof fetch = (input, init) => transport(String(input), init ?? {});
