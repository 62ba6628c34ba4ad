// German messages for records the registry refused (backups, imports). Here in components/ because two
// features show them: restoring a backup (settings) and importing contacts (network).
import type { TFunction } from 'i18next';
import { BackupError, InvalidRecordError } from '../../shared/backup/format';
import type { RecordProblem } from '../../shared/storage/records';
import { translateDataKey, type TextKey } from '../i18n/dataKey';

/** "Feld ‚receivedAt‘ fehlt": the field as written in the file, without the payload's "data." prefix. */
export function recordProblemText(problem: RecordProblem, t: TFunction): string {
  return t(`records.reasons.${problem.reason}`, { field: problem.field.replace(/^data\./, '') });
}

/** The message for any error of reading or checking a backup; `fallback` for anything else. */
export function backupErrorMessage(error: unknown, t: TFunction, fallback: TextKey): string {
  if (error instanceof InvalidRecordError) {
    return translateDataKey(t, error.messageKey, {
      kind: t(`records.kinds.${error.table}`),
      position: error.position,
      reason: recordProblemText(error.problem, t),
    });
  }
  return error instanceof BackupError
    ? translateDataKey(t, error.messageKey, error.values, fallback)
    : translateDataKey(t, fallback, {});
}
