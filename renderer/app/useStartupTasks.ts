// Once per unlock: mark for the benchmark, announce due follow-ups once a day, warm up statistics
// and search after the first paint, then the automatic backup (desktop, once a day).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../shared/domain/calendarDay';
import { dueFollowups } from '../../shared/domain/followup';
import { runAutoBackup } from '../data/autoBackup';
import { listFollowups } from '../data/followups';
import { markPhase } from '../data/perfMarks';
import { searchServiceOf } from '../data/search';
import { hasTeamStamp } from '../data/sync/syncStamp';
import { readDeviceSettings, saveDeviceSettings } from '../data/settings';
import { keepStatisticsWarm, warmUpAfterUnlock } from '../data/statistics';
import type { OpenVault } from '../data/vault';
import { host } from '../host';
import { warmUpCharts } from '../components/warmUpCharts';

export interface StartupNotices {
  /** Due follow-ups to announce in the page when the OS notification is not available (0: none). */
  dueReminder: number;
  dismissDueReminder: () => void;
  /** The automatic backup failed: stays on screen until dismissed. */
  autoBackupFailed: boolean;
  dismissAutoBackupFailed: () => void;
}

/** `lead`: the office lead's computer (no follow-ups to announce, nothing to search). */
export function useStartupTasks(vault: OpenVault, lead = false): StartupNotices {
  const { t } = useTranslation();
  const [dueReminder, setDueReminder] = useState(0);
  const [autoBackupFailed, setAutoBackupFailed] = useState(false);
  const started = useRef(false);
  // After every change of the inquiries, the Auswertung's columns are built anew in the background.
  useEffect(() => keepStatisticsWarm(vault.store), [vault]);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    markPhase('start-screen-ready');
    const now = new Date();
    const today = toDay(now);
    const groups = dueFollowups(listFollowups(vault.store), now);
    const due = groups.overdue.length + groups.today.length;
    if (!lead && due > 0 && readDeviceSettings(vault).lastReminderDay !== today) {
      const body = t('followups.reminder', { count: due });
      void host.notify(t('followups.reminderTitle'), body).then((shown) => {
        if (!shown) setDueReminder(due);
      });
      void saveDeviceSettings(vault, { lastReminderDay: today });
    }
    // Statistics first (short), the team sync (its index of the records), then the search index.
    const warmStats = setTimeout(() => void warmUpAfterUnlock(vault.store), 300);
    const sync = hasTeamStamp(vault)
      ? setTimeout(
          () =>
            void import('../data/sync/syncEngine').then(({ syncEngineFor }) => syncEngineFor(vault).start()),
          600,
        )
      : undefined;
    // Compiled before the first chart is opened (see warmUpCharts).
    const charts = setTimeout(() => void warmUpCharts(), 1000);
    const warmUp = lead ? undefined : setTimeout(() => void searchServiceOf(vault).ensureBuilt(), 1500);
    const backup = setTimeout(
      () =>
        void runAutoBackup(vault, host).then((outcome) => {
          if (outcome === 'failed') setAutoBackupFailed(true);
        }),
      4000,
    );
    return () => {
      clearTimeout(warmStats);
      clearTimeout(sync);
      clearTimeout(charts);
      clearTimeout(warmUp);
      clearTimeout(backup);
    };
  }, [vault, t, lead]);
  return {
    dueReminder,
    dismissDueReminder: () => setDueReminder(0),
    autoBackupFailed,
    dismissAutoBackupFailed: () => setAutoBackupFailed(false),
  };
}
