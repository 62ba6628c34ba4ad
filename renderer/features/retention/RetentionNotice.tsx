// After unlock (on "Heute"): records due under the Löschfristen are announced for review — or, when
// the rules say so, anonymised right away, the vault re-keyed (with its progress dialog, so the
// removed content is unreadable in the storage files too) and reported.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { applyRetention, readRetentionRules } from '../../data/retention';
import type { DueItem } from '../../../shared/retention/retention';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { AnonymisingDialog, anonymisationCounts } from './AnonymisationProgress';
import { useDialogs } from '../../components/dialogs';
import { useRekey } from '../vault';
import { useNow } from '../../components/useNow';
import { useDueForRetention } from './useDueForRetention';

const NOTHING_DUE: DueItem[] = [];

export function RetentionNotice({ onReview }: { onReview: () => void }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  useStoreVersion();
  // The check (a pass over every inquiry) runs after "Heute" is on screen, in a task of its own.
  const due = useDueForRetention(useNow()) ?? NOTHING_DUE;
  const automatic = readRetentionRules(vault.store).automatic;
  const running = useRef(false);
  const anonymised = useRef(0);
  const [writing, setWriting] = useState<number | undefined>(undefined);
  const { rekey, dialog } = useRekey(() =>
    dialogs.notify({ key: 'retention.autoDone', params: { count: anonymised.current } }),
  );

  useEffect(() => {
    if (!automatic || due.length === 0 || running.current) return;
    running.current = true;
    const counts = anonymisationCounts(vault.store, due);
    setWriting(counts.inquiries + counts.followups + counts.persons);
    void applyRetention(vault, due, true).then(
      async (count) => {
        setWriting(undefined);
        anonymised.current = count;
        if (count > 0) await rekey('anonymisation', t('rekey.reason.automatic', { count }));
        else dialogs.notify({ key: 'retention.autoDone', params: { count } });
        running.current = false;
      },
      // Not retried until "Heute" is opened again: a failing write must not loop.
      () => {
        setWriting(undefined);
        dialogs.notify({ key: 'retention.autoFailed' });
      },
    );
  }, [automatic, due, vault, dialogs, t, rekey]);

  const progress = (
    <>
      <AnonymisingDialog count={writing} />
      {dialog}
    </>
  );
  if (due.length === 0 || automatic) return progress;
  return (
    <>
      {progress}
      <Alert
        severity="info"
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" size="small" onClick={onReview}>
            {t('retention.review')}
          </Button>
        }
      >
        {t('retention.notice', { count: due.length })}
      </Alert>
    </>
  );
}
