// "Eingaben verwerfen?" when the user moves to another screen while the current one holds unsaved
// input (routing/navigationBlocker.ts): the same question and answers as the form dialogs ask.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useHeldNavigation } from '../routing/navigationBlocker';
import { leaveAnyway, stayOnScreen } from '../routing/useHashRoute';

export function LeaveScreenQuestion() {
  const { t } = useTranslation();
  const held = useHeldNavigation();
  return (
    <ConfirmDialog
      open={held !== null}
      title={t('formDialog.discardTitle')}
      text={t('formDialog.leaveScreenText')}
      confirmLabel={t('formDialog.discard')}
      cancelLabel={t('formDialog.keepEditing')}
      destructive
      onCancel={stayOnScreen}
      onConfirm={leaveAnyway}
    />
  );
}
