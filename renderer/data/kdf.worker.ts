// The key-derivation worker (started by kdfWorker.ts, one job each): runs hash-wasm here, off the
// window's thread, hands the bytes back by transfer and zeroes its copy of the password.
import { runKdfHere, type KdfJob } from '../../shared/crypto/kdfJobs';
import { WARM_UP, type KdfReply } from './kdfWorker';

function reply(message: KdfReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<KdfJob | typeof WARM_UP>) => {
  const request = event.data;
  if (request === WARM_UP) {
    // A tiny derivation compiles hash-wasm's Argon2 and BLAKE2b modules (kept for the real job).
    void runKdfHere({
      kind: 'argon2id',
      job: {
        password: new Uint8Array(8),
        salt: new Uint8Array(16),
        memoryKiB: 8,
        iterations: 1,
        parallelism: 1,
        hashLength: 32,
      },
    }).catch(() => {});
    return;
  }
  runKdfHere(request)
    .then(
      (bytes) => reply({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]),
      () => reply({ ok: false }),
    )
    .finally(() => request.job.password.fill(0));
});
