// Checks a form's dates before it saves (shared/domain/datePlausibility.ts): an impossible date is
// marked on its field and nothing is saved; an unusual one (more than a year ahead, before the vault's
// first use) is saved only after the user confirms it; a date left as it was saved is not asked again.
// Shared by the dialogs of four features (inquiries, follow-ups, activities, network).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDay } from '../../shared/domain/datePlausibility';
import { toDay } from '../../shared/domain/calendarDay';
import { vaultFirstUse } from '../data/firstUse';
import { useStoreVersion, useVaultSession } from '../data/VaultContext';
import { useQuestion } from './useQuestion';
import { useFormat } from './useFormat';

export interface DateToCheck<F extends string> {
  field: F;
  label: string;
  /** "YYYY-MM-DD"; empty dates are the schema's business and are skipped here. */
  day: string;
  /** False for history kept about people ("aktiv seit"): only far-future dates are unusual there. */
  sinceFirstUse?: boolean;
  /** When editing: the day as saved. An unchanged date is not questioned again. */
  saved?: string;
}

/** The day the vault was set up, or of an older (restored, imported) record. */
function useFirstUse(): string | undefined {
  const { vault } = useVaultSession();
  useStoreVersion();
  return vaultFirstUse(vault.store, vault.createdAt);
}

export function usePlausibleDates<F extends string>(
  markImpossible: (field: F, message: string) => void,
): { confirmDates: (dates: ReadonlyArray<DateToCheck<F>>) => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const fmt = useFormat();
  const firstUse = useFirstUse();
  const question = useQuestion({
    title: t('figures.date.confirmTitle'),
    confirmLabel: t('figures.date.confirm'),
    cancelLabel: t('figures.date.correct'),
  });

  const confirmDates = (dates: ReadonlyArray<DateToCheck<F>>): Promise<boolean> => {
    const today = toDay(new Date());
    const warnings: string[] = [];
    let impossible = false;
    for (const d of dates) {
      if (!d.day) continue;
      const check = checkDay(d.day, {
        today,
        firstUse,
        sinceFirstUse: d.sinceFirstUse ?? true,
        ...(d.saved !== undefined ? { saved: d.saved } : {}),
      });
      if (check.level === 'refuse') {
        markImpossible(d.field, 'figures.date.impossible');
        impossible = true;
      } else if (check.level === 'warn') {
        warnings.push(
          t(`figures.date.${check.reason}`, {
            label: d.label,
            date: fmt.day(d.day),
            firstUse: firstUse ? fmt.day(firstUse) : '',
          }),
        );
      }
    }
    if (impossible) return Promise.resolve(false);
    if (warnings.length === 0) return Promise.resolve(true);
    return question.ask(warnings.join(' '));
  };
  return { confirmDates, dialog: question.dialog };
}
