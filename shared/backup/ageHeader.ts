// Every age v1 file begins with this line (age-encryption.org/v1, "Header"). Kept apart from the
// age library so the main process and the IPC contract can check it without loading that library.
const AGE_V1_BYTES = new TextEncoder().encode('age-encryption.org/v1\n');

/** Whether data starts like an age v1 file (and has something after the first line). */
export function looksLikeAgeFile(data: Uint8Array): boolean {
  return data.length > AGE_V1_BYTES.length && AGE_V1_BYTES.every((byte, i) => data[i] === byte);
}
