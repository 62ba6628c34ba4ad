// The two slow key derivations (Argon2id for password slots, scrypt for age backups) as plain-byte
// jobs, and where they run. Each takes a third of a second or more of pure computation: the renderer
// installs runners that send the job to a Web Worker, so the window keeps painting meanwhile.
// The default runs hash-wasm on the calling thread (Node unit tests, and the worker itself).
// This module imports hash-wasm only, so the worker bundle stays small.
import { argon2id, scrypt } from 'hash-wasm';

/** One Argon2id run; only bytes and numbers, so it crosses to a worker by postMessage. */
export interface Argon2idJob {
  password: Uint8Array;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  hashLength: number;
  secret?: Uint8Array;
}

/** One scrypt run (age's passphrase recipient: r = 8, p = 1, 32 bytes). */
export interface ScryptJob {
  password: Uint8Array;
  salt: Uint8Array;
  logN: number;
}

export type KdfJob = { kind: 'argon2id'; job: Argon2idJob } | { kind: 'scrypt'; job: ScryptJob };

/** Runs a job somewhere and resolves its output bytes. */
export type KdfRunner = (request: KdfJob) => Promise<Uint8Array>;

/** hash-wasm on the calling thread. */
export function runKdfHere(request: KdfJob): Promise<Uint8Array> {
  if (request.kind === 'scrypt') {
    const { password, salt, logN } = request.job;
    return scrypt({
      password,
      salt,
      costFactor: 2 ** logN,
      blockSize: 8,
      parallelism: 1,
      hashLength: 32,
      outputType: 'binary',
    });
  }
  const job = request.job;
  return argon2id({
    password: job.password,
    salt: job.salt,
    memorySize: job.memoryKiB,
    iterations: job.iterations,
    parallelism: job.parallelism,
    hashLength: job.hashLength,
    ...(job.secret ? { secret: job.secret } : {}),
    outputType: 'binary',
  });
}

let runner: KdfRunner = runKdfHere;

/** Installs where the key derivations run from now on; null returns to the calling thread. */
export function setKdfRunner(next: KdfRunner | null): void {
  runner = next ?? runKdfHere;
}

/** Runs a job with the installed runner. */
export function runKdf(request: KdfJob): Promise<Uint8Array> {
  return runner(request);
}
