// A re-keying's progress and outcome, shown in a form dialog in place of its form (password change,
// new recovery key). While it runs, or while a new recovery key is not yet confirmed as stored, the
// dialog does not close.
import { DialogContent } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FormDialogTitle, useFormDialogLock } from '../../components/form/FormDialog';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { RekeyActions, RekeyProgressView, rekeyClosable, type RekeyRun } from '../vault';

export function RekeyDialogView({
  run,
  title,
  intro,
  storedKey = false,
  onStoredKeyChange = () => {},
  onClose,
  closeLabel,
}: {
  run: RekeyRun;
  title: string;
  intro: string;
  /** A new recovery key: ticked "sicher aufbewahrt". */
  storedKey?: boolean;
  onStoredKeyChange?: (stored: boolean) => void;
  onClose: () => void;
  closeLabel?: string;
}) {
  const { t } = useTranslation();
  useFormDialogLock(!rekeyClosable(run.state, storedKey));
  return (
    <>
      {run.state.recoveryKey && <PrintOnlyDialog />}
      <FormDialogTitle>{title}</FormDialogTitle>
      <DialogContent>
        <RekeyProgressView
          state={run.state}
          intro={intro}
          backupNote={t('rekey.backupsStay')}
          storedKey={storedKey}
          onStoredKeyChange={onStoredKeyChange}
        />
      </DialogContent>
      <RekeyActions run={run} storedKey={storedKey} onClose={onClose} closeLabel={closeLabel} />
    </>
  );
}
