// TEMPORARY: the re-keying API the core branch `rekey` adds to renderer/data/vault.ts.
// Removed once that branch is merged.
import type {} from './data/vault';

declare module './data/vault' {
  export interface RekeyProgress {
    done: number;
    total: number;
  }
  export type RekeyReason = 'recoveryKey' | 'password' | 'erasure' | 'anonymisation' | 'manual';
  interface OpenVault {
    rekey(reason: RekeyReason, onProgress?: (p: RekeyProgress) => void): Promise<{ recoveryKey?: string }>;
    changePassword(
      current: string,
      next: string,
      options?: { rekey?: boolean; onProgress?: (p: RekeyProgress) => void },
    ): Promise<void>;
    newRecoveryKey(password: string, onProgress?: (p: RekeyProgress) => void): Promise<string>;
  }
}
