// When another member erased or anonymised records this vault held, the vault is re-keyed here too,
// with the usual progress dialog: the removed content must leave this computer's files as well.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncEngineFor } from '../../data/sync/syncEngine';
import { useVaultSession } from '../../data/VaultContext';
import { useRekey } from '../vault';
import { removalRekeys } from './removalRekeys';

export function TeamRemovalRekey() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [rekeys] = useState(removalRekeys);
  const { rekey, dialog } = useRekey(rekeys.closed);

  useEffect(
    () =>
      syncEngineFor(vault).onRemovedByTeam((count) =>
        rekeys.removed(count, (total) => rekey('erasure', t('team.rekeyIntro', { count: total }))),
      ),
    [vault, rekeys, rekey, t],
  );
  return dialog;
}
