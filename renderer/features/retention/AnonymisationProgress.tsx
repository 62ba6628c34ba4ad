// What an anonymisation under the Löschfristen touches, counted per kind for its confirmation
// (follow-ups of due inquiries are anonymised with them), and the dialog shown while it is written.
import { Dialog, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { planAnonymisation, type DueItem } from '../../../shared/retention/retention';
import { retentionInput } from '../../data/retention';
import type { RecordStore } from '../../data/recordStore';

export interface AnonymisationCounts {
  inquiries: number;
  followups: number;
  persons: number;
}

/** Counts the records an anonymisation of `due` would change, by kind (the same plan it writes). */
export function anonymisationCounts(store: RecordStore, due: readonly DueItem[]): AnonymisationCounts {
  const counts: AnonymisationCounts = { inquiries: 0, followups: 0, persons: 0 };
  const { writes } = planAnonymisation(retentionInput(store), due, new Date(), 'count', false);
  for (const write of writes) if (write.table in counts) counts[write.table as keyof AnonymisationCounts]++;
  return counts;
}

/** "3 Anfragen, 4 Wiedervorlagen dieser Anfragen und 1 Person werden anonymisiert." */
export function anonymisationCountsText(counts: AnonymisationCounts, t: TFunction): string {
  const parts = (['inquiries', 'followups', 'persons'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => t(`misc.retention.kinds.${kind}`, { count: counts[kind] }));
  if (parts.length === 0) return '';
  const list =
    parts.length === 1
      ? parts[0]!
      : `${parts.slice(0, -1).join(', ')} ${t('misc.retention.and')} ${parts.at(-1)!}`;
  return t('misc.retention.counts', { list, count: counts.inquiries + counts.followups + counts.persons });
}

/**
 * Shown while the anonymised records are written (before the re-keying's own progress): with many
 * records this takes several seconds, and nothing else on the screen would move.
 */
export function AnonymisingDialog({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  return (
    <Dialog open={count !== undefined} aria-labelledby="anonymising-title" maxWidth="xs" fullWidth>
      <DialogTitle id="anonymising-title">{t('misc.retention.runningTitle')}</DialogTitle>
      <DialogContent>
        <Typography role="status" sx={{ mb: 2 }}>
          {t('misc.retention.running', { count: count ?? 0 })}
        </Typography>
        <LinearProgress aria-label={t('misc.retention.runningTitle')} />
      </DialogContent>
    </Dialog>
  );
}
