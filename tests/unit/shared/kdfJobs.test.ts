import { afterEach, describe, expect, it } from 'vitest';
import { Decrypter, Encrypter } from 'age-encryption';
import { ScryptIdentity, ScryptRecipient } from '../../../shared/backup/ageScrypt';
import { toHex, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import { runKdfHere, setKdfRunner, type KdfJob } from '../../../shared/crypto/kdfJobs';

afterEach(() => setKdfRunner(null));

describe('scrypt job (the backup passphrase)', () => {
  it('matches RFC 7914 §12 (N = 16384, r = 8, p = 1; the first 32 of its 64 bytes)', async () => {
    const out = await runKdfHere({
      kind: 'scrypt',
      job: { password: utf8Encode('pleaseletmein'), salt: utf8Encode('SodiumChloride'), logN: 14 },
    });
    expect(toHex(out)).toBe('7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2');
  });

  it("the age stanza derives its key with the installed runner, and the library's own scrypt opens the file", async () => {
    const jobs: KdfJob[] = [];
    const passwords: Uint8Array[] = [];
    setKdfRunner(async (request) => {
      passwords.push(request.job.password);
      jobs.push(structuredClone(request)); // as it arrived, before zeroing
      return runKdfHere(request);
    });
    const encrypter = new Encrypter();
    encrypter.addRecipient(new ScryptRecipient('Grüße-Passwort', 10));
    const file = await encrypter.encrypt('Inhalt');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.kind).toBe('scrypt');
    expect(jobs[0]!.job).toMatchObject({ password: utf8Encode('Grüße-Passwort'), logN: 10 });
    expect(passwords[0]!.every((b) => b === 0)).toBe(true); // zeroed once the key was derived

    const library = new Decrypter();
    library.addPassphrase('Grüße-Passwort');
    expect(await library.decrypt(file, 'text')).toBe('Inhalt');

    setKdfRunner(null);
    const ours = new Decrypter();
    ours.addIdentity(new ScryptIdentity('Grüße-Passwort'));
    expect(utf8Decode(await ours.decrypt(file))).toBe('Inhalt');
  });
});
