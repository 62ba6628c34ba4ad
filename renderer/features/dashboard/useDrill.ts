import { useCallback } from 'react';
import type { InquiryFilter } from '../../../shared/domain/inquiryFilter';
import { useShowInquiries } from '../inquiries';
import { routes, type Navigate } from '../../routing/routes';

export type DayRange = { from: string; to: string };
/** Opens "Anfragen" filtered to the inquiries behind a figure: these days and these categories. */
export type Drill = (days: DayRange, extra: Partial<InquiryFilter>) => void;

/** A click on a bar opens the matching inquiries, within the dashboard's own filter. */
export function useDrill(filter: InquiryFilter, navigate: Navigate): Drill {
  const showInquiries = useShowInquiries();
  return useCallback(
    (days, extra) => {
      showInquiries({ ...filter, ...days, ...extra, text: '' });
      navigate(routes.inquiries());
    },
    [filter, navigate, showInquiries],
  );
}
