// When another member erased or anonymised records this vault held, the vault is re-keyed here too,
// with the usual progress dialog: the removed content must leave this computer's files as well.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { syncEngineFor } from '../../data/sync/syncEngine';
import { useVaultSession } from '../../data/VaultContext';
import { useRekey } from '../vault';

export function TeamRemovalRekey() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  // Removals since the dialog last closed: the dialog names them all, not only the latest round's.
  const removed = useRef(0);
  // One re-keying at a time; removals that arrive while it runs get one more afterwards.
  const running = useRef(false);
  const again = useRef(false);
  const { rekey, dialog } = useRekey(() => {
    removed.current = 0;
  });

  useEffect(
    () =>
      syncEngineFor(vault).onRemovedByTeam((count) => {
        removed.current += count;
        if (running.current) {
          again.current = true;
          return;
        }
        running.current = true;
        void (async () => {
          try {
            do {
              again.current = false;
              await rekey('erasure', t('team.rekeyIntro', { count: removed.current }));
            } while (again.current);
          } finally {
            running.current = false;
          }
        })().catch(() => {}); // a failed re-keying shows in its dialog
      }),
    [vault, rekey, t],
  );
  return dialog;
}
