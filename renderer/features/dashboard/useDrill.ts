import { useCallback } from 'react';
import { DEFAULT_SORT, type InquiryFilter } from '../../../shared/domain/inquiryFilter';
import { storeListState } from '../../components/inquiryListState';
import { routes, type Navigate } from '../../routing/routes';

export type DayRange = { from: string; to: string };
/** Opens "Anfragen" filtered to the inquiries behind a figure: these days and these categories. */
export type Drill = (days: DayRange, extra: Partial<InquiryFilter>) => void;

/** A click on a bar opens the matching inquiries, within the dashboard's own filter. */
export function useDrill(filter: InquiryFilter, navigate: Navigate): Drill {
  return useCallback(
    (days, extra) => {
      storeListState({
        filter: { ...filter, ...days, ...extra, text: '' },
        sort: DEFAULT_SORT,
        period: 'custom',
      });
      navigate(routes.inquiries());
    },
    [filter, navigate],
  );
}
