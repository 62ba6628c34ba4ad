// The list's filters and sort survive navigating away and back (memory only; gone at lock).
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  type InquiryFilter,
  type InquirySort,
} from '../../shared/domain/inquiryFilter';
import type { Period } from './periods';

export interface ListState {
  filter: InquiryFilter;
  sort: InquirySort;
  period: Period;
}

let state: ListState = { filter: EMPTY_FILTER, sort: DEFAULT_SORT, period: 'all' };

export function loadListState(): ListState {
  return state;
}

export function storeListState(next: ListState): void {
  state = next;
}
