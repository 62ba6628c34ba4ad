// The inquiry list's filters, sort and period. They survive going to an inquiry and back (the list
// screen unmounts meanwhile), and the dashboard opens the list filtered to a figure. So the state is
// owned here and provided by the unlocked shell above the screens: memory only, gone at lock (which
// reloads the page), and held by no module-level variable.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  type InquiryFilter,
  type InquirySort,
} from '../../../shared/domain/inquiryFilter';
import type { Period } from './periods';

export interface ListState {
  filter: InquiryFilter;
  sort: InquirySort;
  period: Period;
}

const INITIAL: ListState = { filter: EMPTY_FILTER, sort: DEFAULT_SORT, period: 'all' };

type ListStateValue = readonly [ListState, (next: ListState) => void];

const ListStateContext = createContext<ListStateValue | null>(null);

export function InquiryListProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ListState>(INITIAL);
  const value = useMemo(() => [state, setState] as const, [state]);
  return <ListStateContext.Provider value={value}>{children}</ListStateContext.Provider>;
}

/** The list's state and its setter, like useState, but kept while the list is not shown. */
export function useInquiryListState(): ListStateValue {
  const value = useContext(ListStateContext);
  if (!value) throw new Error('useInquiryListState needs an InquiryListProvider above it');
  return value;
}

/**
 * Sets the list to show exactly these inquiries (own days, default order); the caller then goes
 * to "Anfragen". Used by the dashboard's drill-down from a figure.
 */
export function useShowInquiries(): (filter: InquiryFilter) => void {
  const [, setState] = useInquiryListState();
  return useMemo(
    () => (filter: InquiryFilter) => setState({ filter, sort: DEFAULT_SORT, period: 'custom' }),
    [setState],
  );
}
