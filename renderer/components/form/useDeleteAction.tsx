// "Löschen" in a record's form dialog: the button on the left of the actions, the question before it,
// and a failure shown like a failed save. One piece for every dialog that deletes its record.
import { useState, type ReactNode } from 'react';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';

export interface DeleteAction {
  /** For FormDialogForm's `actionsStart` (undefined while there is nothing to delete). */
  button: ReactNode;
  /** For FormDialogForm's `questions`. */
  question: ReactNode;
  /** The deletion failed (FormDialogForm's `failed`). */
  failed: boolean;
}

export function useDeleteAction({
  enabled,
  title,
  text,
  note,
  onDelete,
}: {
  /** The record exists (a new one has nothing to delete). */
  enabled: boolean;
  title: string;
  text: string;
  note?: string;
  /** Deletes, then closes the dialog (and tells the user). */
  onDelete: () => Promise<void>;
}): DeleteAction {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirm = async () => {
    setAsking(false);
    setFailed(false);
    try {
      await onDelete();
    } catch {
      setFailed(true);
    }
  };
  return {
    button: enabled ? (
      <Button color="error" onClick={() => setAsking(true)} sx={{ mr: 'auto' }}>
        {t('inquiryActions.delete')}
      </Button>
    ) : undefined,
    question: (
      <ConfirmDialog
        open={asking}
        title={title}
        {...(note ? { note } : {})}
        text={text}
        confirmLabel={t('inquiryActions.delete')}
        cancelLabel={t('form.cancel')}
        destructive
        onCancel={() => setAsking(false)}
        onConfirm={() => void confirm()}
      />
    ),
    failed,
  };
}
