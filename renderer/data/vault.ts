// The vault's public surface. Lifecycle: set up (vaultSetup), unlock with password or recovery key
// (vaultUnlock, reading via vaultLoad, throttled by unlockDelay), then the OpenVault: writes and the
// snapshot (vaultWrites), restore (vaultRestore), key changes and re-keying (openVault); lock is a
// page reload after OpenVault.prepareLock().
export type { RekeyProgress } from './rekey';
export { OpenVault, type RekeyReason } from './openVault';
export { remainingUnlockDelay } from './unlockDelay';
export { HeaderChangedError, UnlockDelayError, VaultExistsError, VaultRetiredError } from './vaultErrors';
export { readVaultState, type VaultState } from './vaultHeader';
export type { ProgressListener, UnlockPhase } from './vaultLoad';
export { setUpVault, setUpVaultWithRecovery } from './vaultSetup';
export { unlockVault, unlockWithRecovery } from './vaultUnlock';
