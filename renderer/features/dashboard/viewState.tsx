// What the Auswertung shows — period, grouping, filter, and which charts are shown as tables — kept
// while the screen is not shown: a drill-down into the list and Back returns to the same view (a
// keyboard user would otherwise switch "Tabelle" on again for every figure). Memory only, gone at
// lock (which reloads the page); provided by the unlocked shell, like the inquiry list's state.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { toDay } from '../../../shared/domain/calendarDay';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import type { ChartTableMemory } from '../../components/ChartCard';
import type { DashboardChoice } from './DashboardControls';

function initialChoice(): DashboardChoice {
  const today = new Date();
  return {
    period: 'year',
    chosenYear: today.getFullYear(),
    custom: { from: `${today.getFullYear()}-01-01`, to: toDay(today) },
    grouping: 'month',
    stackBy: 'requesterType',
    filter: EMPTY_FILTER,
    workloadMeasure: 'inquiries',
  };
}

interface DashboardView {
  choice: DashboardChoice;
  change: (change: Partial<DashboardChoice>) => void;
  tables: ChartTableMemory;
}

const ViewContext = createContext<DashboardView | null>(null);

export function DashboardViewProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState(initialChoice);
  const [shownTables, setShownTables] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<string | undefined>();
  const value = useMemo<DashboardView>(
    () => ({
      choice,
      change: (change) => setChoice((c) => ({ ...c, ...change })),
      tables: {
        shown: (id) => shownTables.has(id),
        show: (id, on) =>
          setShownTables((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          }),
        opened,
        setOpened,
      },
    }),
    [choice, shownTables, opened],
  );
  return <ViewContext.Provider value={value}>{children}</ViewContext.Provider>;
}

export function useDashboardView(): DashboardView {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useDashboardView needs a DashboardViewProvider above it');
  return value;
}
