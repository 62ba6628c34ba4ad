// The types of couchServer.mjs (plain JavaScript, so the benchmark can run it with node).
export declare const ADMIN: { name: string; password: string };

export interface CouchServer {
  url: string;
  dir: string;
  /** Stops the server process (the files stay): for "server gone mid-upload". */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same files. */
  start(): Promise<void>;
  /** Stops it and deletes its files. */
  dispose(): Promise<void>;
  addUser(name: string, password: string): Promise<void>;
  createDatabase(name: string, members: string[]): Promise<void>;
  /** A request as the admin (for checks of what the server holds). */
  admin(path: string, init?: RequestInit): Promise<Response>;
}

/** `corsOrigin`: the web app's origin, for tests that sync from the browser. */
export declare function startCouchServer(options?: { corsOrigin?: string }): Promise<CouchServer>;
