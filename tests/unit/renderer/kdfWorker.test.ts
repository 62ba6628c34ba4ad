// The worker-backed runner must never break unlocking: when no worker starts or it fails, the job
// runs on this thread and gives the same bytes. (The worker itself runs in the e2e test
// unlock-worker.spec.ts; Node has no Web Worker.)
import { describe, expect, it } from 'vitest';
import { toHex, utf8Encode } from '../../../shared/crypto/bytes';
import type { KdfJob } from '../../../shared/crypto/kdfJobs';
import { WARM_UP, workerKdfRunner, type KdfReply } from '../../../renderer/data/kdfWorker';

// phc-winner-argon2's vector: "password" / "somesalt", t = 2, m = 64 MiB, p = 1.
const job = (): KdfJob => ({
  kind: 'argon2id',
  job: {
    password: utf8Encode('password'),
    salt: utf8Encode('somesalt'),
    memoryKiB: 65536,
    iterations: 2,
    parallelism: 1,
    hashLength: 32,
  },
});
const REFERENCE = '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7';

/** A stand-in worker that fails the way a real one does when its script cannot load. */
function failingWorker(failure: 'onerror' | 'onmessageerror') {
  const worker = {
    terminated: false,
    posted: [] as unknown[],
    onerror: null as null | (() => void),
    onmessageerror: null as null | (() => void),
    onmessage: null as unknown,
    postMessage(message: unknown) {
      worker.posted.push(message);
      queueMicrotask(() => worker[failure]?.());
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('worker-backed key derivation, falling back to this thread', () => {
  it('derives the key here when no worker can be started', async () => {
    const run = workerKdfRunner(() => {
      throw new Error('workers are not allowed');
    });
    expect(toHex(await run(job()))).toBe(REFERENCE);
  });

  it.each(['onerror', 'onmessageerror'] as const)(
    'derives the key here when the worker fails (%s), and ends that worker',
    async (failure) => {
      const worker = failingWorker(failure);
      const run = workerKdfRunner(() => worker as unknown as Worker);
      const request = job();
      expect(toHex(await run(request))).toBe(REFERENCE);
      expect(worker.terminated).toBe(true);
      // The worker got its own copy of the password; the caller's stayed whole for the fallback.
      const sent = worker.posted[0] as KdfJob;
      expect(sent.job.password).not.toBe(request.job.password);
      expect(request.job.password).toEqual(utf8Encode('password'));
    },
  );

  it('a worker warmed ahead takes the next job; one that failed while warming is replaced by a fresh one', async () => {
    // A stand-in that answers the job with fixed bytes (the real worker runs in unlock-worker.spec.ts).
    const started: ReturnType<typeof answeringWorker>[] = [];
    const start = () => {
      const worker = answeringWorker();
      started.push(worker);
      return worker as unknown as Worker;
    };
    const run = workerKdfRunner(start);
    run.warm();
    run.warm();
    expect(started).toHaveLength(1);
    expect(started[0]!.posted).toEqual([WARM_UP]);
    expect(toHex(await run(job()))).toBe('0102');
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(true);

    run.warm();
    started[1]!.onerror?.();
    expect(toHex(await run(job()))).toBe('0102');
    expect(started).toHaveLength(3);
    expect(started[1]!.terminated).toBe(true);
  });
});

function answeringWorker() {
  const worker = {
    terminated: false,
    posted: [] as unknown[],
    onerror: null as null | (() => void),
    onmessageerror: null as null | (() => void),
    onmessage: null as null | ((event: { data: KdfReply }) => void),
    postMessage(message: unknown) {
      worker.posted.push(message);
      if (message !== WARM_UP)
        queueMicrotask(() => worker.onmessage?.({ data: { ok: true, bytes: new Uint8Array([1, 2]) } }));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}
