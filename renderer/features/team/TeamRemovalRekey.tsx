// When another member erased or anonymised records this vault held, the vault is re-keyed here too,
// with the usual progress dialog: the removed content must leave this computer's files as well.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { syncEngineFor } from '../../data/sync/syncEngine';
import { useVaultSession } from '../../data/VaultContext';
import { useRekey } from '../vault';

export function TeamRemovalRekey() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { rekey, dialog } = useRekey();

  useEffect(
    () =>
      syncEngineFor(vault).onRemovedByTeam((count) => {
        void rekey('erasure', t('team.rekeyIntro', { count }));
      }),
    [vault, rekey, t],
  );
  return dialog;
}
