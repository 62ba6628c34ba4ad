// The key-derivation worker (started by kdfWorker.ts, one job each): runs hash-wasm here, off the
// window's thread, hands the bytes back by transfer and zeroes its copy of the password.
import { runKdfHere, type KdfJob } from '../../shared/crypto/kdfJobs';
import type { KdfReply } from './kdfWorker';

function reply(message: KdfReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<KdfJob>) => {
  const request = event.data;
  runKdfHere(request)
    .then(
      (bytes) => reply({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]),
      () => reply({ ok: false }),
    )
    .finally(() => request.job.password.fill(0));
});
