// Runs the slow key derivations (Argon2id at unlock and on password changes, scrypt for backups) in
// a Web Worker, so the window keeps painting — the unlock's progress moves — while they compute.
// One fresh worker per job: terminating it frees its WebAssembly memory (64 MiB for Argon2id, full
// of password-derived blocks). The one for the unlock is started with the lock screen and warmed
// (its script loaded, hash-wasm compiled): that took a quarter of a second of the unlock. If no
// worker starts, or it fails, the job runs on this thread as before: unlocking must never break.
import { runKdfHere, setKdfRunner, type KdfJob, type KdfRunner } from '../../shared/crypto/kdfJobs';

/** What the worker answers: the derived bytes (transferred), or that the job failed. */
export type KdfReply = { ok: true; bytes: Uint8Array } | { ok: false };

/** Sent to a worker started ahead of its job: load and compile now, answer nothing. */
export const WARM_UP = 'warm-up';

function startKdfWorker(): Worker {
  return new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'kdf' });
}

/** One job in a fresh worker; rejects when the worker cannot start, load or finish it. */
function runInWorker(request: KdfJob, start: () => Worker): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = start();
    const fail = () => {
      worker.terminate();
      reject(new Error('key-derivation worker failed'));
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
    worker.onmessage = (event: MessageEvent<KdfReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error('key derivation failed in the worker'));
    };
    // The password crosses only here, as a transferred copy (none stays behind on this side); the
    // caller zeroes its own bytes, which stay intact for the fallback below.
    const password = request.job.password.slice();
    worker.postMessage({ ...request, job: { ...request.job, password } }, [password.buffer]);
  });
}

export interface WorkerKdfRunner extends KdfRunner {
  /** Starts the next job's worker now and has it compile, so the job need not wait for that. */
  warm(): void;
}

/** A runner that uses a worker per job and falls back to this thread when the worker fails. */
export function workerKdfRunner(start: () => Worker = startKdfWorker): WorkerKdfRunner {
  let spare: Worker | undefined;
  const run = async (request: KdfJob) => {
    const ahead = spare;
    spare = undefined;
    try {
      return await runInWorker(request, ahead ? () => ahead : start);
    } catch {
      return runKdfHere(request);
    }
  };
  const warm = () => {
    if (spare) return;
    try {
      const worker = start();
      // Failing before its job: dropped, so the job starts a fresh one (or falls back).
      worker.onerror = () => {
        worker.terminate();
        if (spare === worker) spare = undefined;
      };
      worker.postMessage(WARM_UP);
      spare = worker;
    } catch {
      spare = undefined;
    }
  };
  return Object.assign(run, { warm });
}

let installed: WorkerKdfRunner | undefined;

/** Called once at start-up (renderer/main.tsx): from then on the key derivations run in workers. */
export function installKdfWorker(): void {
  if (typeof Worker !== 'function') return;
  installed = workerKdfRunner();
  setKdfRunner(installed);
}

/** The lock or set-up screen is up: its key derivation's worker starts now (see above). */
export function warmKdfWorker(): void {
  installed?.warm();
}
