// What every form dialog ends with: an error line if saving failed, and "Abbrechen" / "Speichern".
import type { KeyboardEvent, ReactNode } from 'react';
import { Alert, Button, DialogActions } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Ctrl+Enter (Cmd+Enter) saves, in every dialog. */
export function saveOnCtrlEnter(submit: () => unknown) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
}

export function SaveFailed({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2 }}>
      {t('inquiries.saveFailed')}
    </Alert>
  );
}

export function FormDialogActions({
  onCancel,
  saving,
  start,
}: {
  onCancel: () => void;
  saving: boolean;
  start?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DialogActions>
      {start}
      <Button onClick={onCancel}>{t('form.cancel')}</Button>
      <Button type="submit" variant="contained" disabled={saving} title={t('form.saveHint')}>
        {saving ? t('form.saving') : t('form.save')}
      </Button>
    </DialogActions>
  );
}
