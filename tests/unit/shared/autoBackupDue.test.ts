import { describe, expect, it } from 'vitest';
import { isAutoBackupDue } from '../../../shared/desktop/autoBackup';

describe('automatic backup at unlock', () => {
  const now = new Date(2026, 10, 27, 9, 0);
  it('is due without any backup and when the last one is a day old or older', () => {
    expect(isAutoBackupDue(null, now)).toBe(true);
    expect(isAutoBackupDue(new Date(2026, 10, 26, 9, 0), now)).toBe(true);
    expect(isAutoBackupDue(new Date(2026, 10, 20, 17, 0), now)).toBe(true);
  });
  it('is not due when the last one is younger than a day', () => {
    expect(isAutoBackupDue(new Date(2026, 10, 26, 9, 1), now)).toBe(false);
    expect(isAutoBackupDue(new Date(2026, 10, 27, 8, 0), now)).toBe(false);
  });
  it('is due when the last one is dated far in the future (a wrong clock must not stop backups)', () => {
    expect(isAutoBackupDue(new Date(2027, 0, 1), now)).toBe(true);
  });
});
