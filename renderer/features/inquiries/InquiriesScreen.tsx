import { forwardRef, useDeferredValue, useMemo } from 'react';
import { visuallyHidden } from '../../components/visuallyHidden';
import {
  Box,
  Button,
  Chip,
  IconButton,
  LinearProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import DoneIcon from '@mui/icons-material/Done';
import { TableVirtuoso, type TableComponents } from 'react-virtuoso';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import type { Inquiry } from '../../../shared/domain/inquiry';
import {
  activeFilterCount,
  filterInquiries,
  sortInquiries,
  type InquirySort,
  type SortKey,
} from '../../../shared/domain/inquiryFilter';
import { useFormat } from '../../components/useFormat';
import { useWidthAtLeast } from '../../components/useWidthAtLeast';
import { useDialogs } from '../../components/dialogs';
import { useInquiries, useSearch, useSettings } from '../../data/hooks';
import { FilterBar } from './FilterBar';
import { DrawnAfter } from '../../components/DrawnAfter';
import { InquiryDetail } from './InquiryDetail';
import { shownMatches, useTextMatches } from './useTextMatches';
import { useInquiryListState } from './listState';
import { useInquiryActions } from './useInquiryActions';
import { routes, type Navigate } from '../../routing/routes';

interface Props {
  param: string | undefined;
  navigate: Navigate;
}

const tableComponents: TableComponents<Inquiry> = {
  Scroller: forwardRef<HTMLDivElement>((props, ref) => (
    <TableContainer component={Paper} {...props} ref={ref} />
  )),
  Table: (props) => <Table {...props} size="small" stickyHeader sx={{ tableLayout: 'fixed' }} />,
  TableHead: forwardRef<HTMLTableSectionElement>((props, ref) => <TableHead {...props} ref={ref} />),
  TableRow: (props) => <TableRow hover {...props} />,
  TableBody: forwardRef<HTMLTableSectionElement>((props, ref) => <TableBody {...props} ref={ref} />),
};

/** The list's width from which all columns show: the fixed ones take 756 px, Betreff (at least ~300) the rest. */
const WIDE_LIST_PX = 1050;

export function InquiriesScreen({ param, navigate }: Props) {
  if (param) return <InquiryDetail id={param} navigate={navigate} />;
  return <InquiryList navigate={navigate} />;
}

function InquiryList({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dialogs = useDialogs();
  // Deferred like the filter below: after a save the dialog closes at once and the list follows.
  const all = useDeferredValue(useInquiries());
  const { lists } = useSettings();
  const [state, update] = useInquiryListState();
  const { search, progress } = useSearch();
  const actions = useInquiryActions();
  const text = state.filter.text.trim();
  const searchReady = progress >= 1;

  // The list follows the filter in a deferred render: a key typed into the search box shows at
  // once, and filtering 50,000 inquiries and drawing the rows come after it, in a task of their own.
  const listed = useDeferredValue(state);
  const listedText = listed.filter.text.trim();
  // Found in slices; until the search for a new text ends, the last result stays on the screen.
  const found = useTextMatches(search, listedText, searchReady, all);
  const textPending = listedText !== '' && searchReady && found?.text !== listedText;
  const shown = useMemo(() => {
    // No text: no text filter. A text before the index is ready: nothing yet (the progress shows).
    const matches = !listedText ? undefined : searchReady ? shownMatches(found, listedText) : [];
    // Nothing to filter (the usual view): the list as it is, without a copy of 100,000 entries
    // after every save.
    const filtered =
      activeFilterCount(listed.filter) === 0 ? all : filterInquiries(all, listed.filter, matches);
    const isDefaultOrder = listed.sort.key === 'receivedAt' && listed.sort.direction === 'desc';
    return isDefaultOrder
      ? filtered
      : sortInquiries(filtered, listed.sort, (_k, id) => labelOf(lists.requesterTypes, id));
  }, [all, listed, listedText, searchReady, found, lists.requesterTypes]);

  // Narrow windows and 200 % zoom: who asked moves under the subject, topics are left out. Judged by
  // the list's own width (the navigation takes 220 px beside it): below WIDE_LIST_PX, the fixed
  // columns left Betreff no room (found at 1024 px). Before it is measured, by the window's.
  const narrowWindow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [listRef, wideList] = useWidthAtLeast<HTMLDivElement>(WIDE_LIST_PX);
  const compact = wideList === undefined ? narrowWindow : !wideList;

  // aria-sort on the sorted column's header: a screen reader names the sort state.
  const sortedBy = (key: SortKey) => (state.sort.key === key ? state.sort.direction : false);
  const sortHeader = (key: SortKey, label: string) => {
    const active = state.sort.key === key;
    return (
      <TableSortLabel
        active={active}
        direction={active ? state.sort.direction : key === 'receivedAt' ? 'desc' : 'asc'}
        onClick={() => {
          const sort: InquirySort = active
            ? { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
            : { key, direction: key === 'receivedAt' ? 'desc' : 'asc' };
          update({ ...state, sort });
        }}
      >
        {label}
      </TableSortLabel>
    );
  };

  return (
    <Stack sx={{ flex: 1, minHeight: 0, p: 3 }} spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }} spacing={2}>
        <Typography variant="h4" component="h1">
          {t('inquiries.title')}
        </Typography>
        {/* Busy while a text is still searched: the count is read out once it is the new one. */}
        <Typography
          color="text.secondary"
          aria-live="polite"
          aria-busy={textPending}
          data-testid="inquiry-count"
        >
          {shown.length === all.length
            ? t('inquiries.count', { count: all.length, formatted: fmt.count(all.length) })
            : t('inquiries.filters.shown', {
                shown: fmt.count(shown.length),
                total: t('inquiries.count', { count: all.length, formatted: fmt.count(all.length) }),
              })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('inquiries.newHint')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={dialogs.newInquiry}>
            {t('inquiries.new')}
          </Button>
        </Tooltip>
      </Stack>
      {all.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('inquiries.emptyTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto', mb: 2 }}>
            {t('inquiries.emptyText')}
          </Typography>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={dialogs.newInquiry}>
            {t('inquiries.new')}
          </Button>
        </Paper>
      ) : (
        <>
          <FilterBar
            filter={state.filter}
            period={state.period}
            onChange={(filter, period) => update({ ...state, filter, period })}
          />
          {text && !searchReady && (
            <Box role="status">
              <Typography variant="body2">
                {t('inquiries.filters.indexing', { percent: Math.round(progress * 100) })}
              </Typography>
              <LinearProgress variant="determinate" value={progress * 100} aria-hidden />
            </Box>
          )}
          {shown.length === 0 ? (
            <Paper sx={{ p: 3 }}>
              <Typography>{t('inquiries.filters.noMatch')}</Typography>
            </Paper>
          ) : (
            <Box ref={listRef} sx={{ flex: 1, minHeight: 240 }} aria-busy={textPending}>
              {/* The rows a task after the screen's frame: together, the first visit was one task of
                  110 ms at twice the ten-year size (the rows are measured as they are drawn). */}
              <DrawnAfter minHeight={240}>
                <TableVirtuoso
                  key={compact ? 'compact' : 'wide'}
                  data={shown}
                  components={tableComponents}
                  computeItemKey={(_i, item) => item.id}
                  aria-label={t('inquiries.listLabel')}
                  // Only Betreff has no width: it takes all the room the other columns leave (at
                  // 1366×768 about a third of the list), as subjects are the longest and most telling text.
                  fixedHeaderContent={() => (
                    <TableRow>
                      <TableCell
                        sortDirection={sortedBy('receivedAt')}
                        sx={{ width: compact ? 110 : 170, bgcolor: 'background.paper' }}
                      >
                        {sortHeader('receivedAt', t('inquiries.fields.receivedAt'))}
                      </TableCell>
                      {!compact && (
                        <TableCell
                          sortDirection={sortedBy('requesterType')}
                          sx={{ width: 170, bgcolor: 'background.paper' }}
                        >
                          {sortHeader('requesterType', t('inquiries.fields.requesterType'))}
                        </TableCell>
                      )}
                      <TableCell sortDirection={sortedBy('subject')} sx={{ bgcolor: 'background.paper' }}>
                        {sortHeader('subject', t('inquiries.fields.subject'))}
                      </TableCell>
                      {!compact && (
                        <TableCell sx={{ width: 170, bgcolor: 'background.paper' }}>
                          {t('inquiries.fields.topics')}
                        </TableCell>
                      )}
                      <TableCell
                        sortDirection={sortedBy('status')}
                        sx={{ width: compact ? 140 : 190, bgcolor: 'background.paper' }}
                      >
                        {sortHeader('status', t('inquiries.fields.status'))}
                      </TableCell>
                      <TableCell sx={{ width: 56, bgcolor: 'background.paper' }}>
                        <Box component="span" sx={visuallyHidden}>
                          {t('inquiryActions.close')}
                        </Box>
                      </TableCell>
                    </TableRow>
                  )}
                  itemContent={(_index, inquiry) => (
                    <>
                      <TableCell sx={{ whiteSpace: compact ? 'normal' : 'nowrap' }}>
                        {fmt.dateTime(inquiry.receivedAt)}
                      </TableCell>
                      {!compact && (
                        <TableCell>{labelOf(lists.requesterTypes, inquiry.requesterType)}</TableCell>
                      )}
                      <TableCell sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                        <Link
                          component="button"
                          type="button"
                          onClick={() => navigate(routes.inquiry(inquiry.id))}
                          title={inquiry.subject}
                          // Back from the detail view, the focus returns here (useFocusOnScreenChange).
                          data-focus-key={inquiry.id}
                          // A button is one box: the cell's ellipsis does not reach its text, so it cuts
                          // its own (with "…") and the full subject shows on hover.
                          sx={{
                            textAlign: 'left',
                            display: 'inline-block',
                            maxWidth: '100%',
                            overflow: 'hidden',
                            textOverflow: 'ellipsis',
                            whiteSpace: 'nowrap',
                            verticalAlign: 'bottom',
                          }}
                        >
                          {inquiry.subject}
                        </Link>
                        {compact && (
                          <Typography variant="body2" color="text.secondary" noWrap>
                            {labelOf(lists.requesterTypes, inquiry.requesterType)}
                          </Typography>
                        )}
                      </TableCell>
                      {!compact && (
                        <TableCell
                          sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                        >
                          {inquiry.topics.map((id) => labelOf(lists.topics, id)).join(', ')}
                        </TableCell>
                      )}
                      <TableCell>
                        {/* "in Bearbeitung" and "Dringend" need two lines in a narrow column. */}
                        <Stack
                          direction="row"
                          useFlexGap
                          sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}
                        >
                          <Chip
                            size="small"
                            label={t(`inquiries.status.${inquiry.status}`)}
                            variant={inquiry.status === 'erledigt' ? 'outlined' : 'filled'}
                          />
                          {inquiry.urgent && (
                            <Chip
                              size="small"
                              color="error"
                              icon={<PriorityHighIcon />}
                              label={t('inquiries.fields.urgent')}
                            />
                          )}
                        </Stack>
                      </TableCell>
                      <TableCell padding="none">
                        {inquiry.status !== 'erledigt' && (
                          <Tooltip title={t('inquiryActions.closeRow', { subject: inquiry.subject })}>
                            <IconButton
                              size="small"
                              aria-label={t('inquiryActions.closeRow', { subject: inquiry.subject })}
                              onClick={() => actions.askClose(inquiry)}
                            >
                              <DoneIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        )}
                      </TableCell>
                    </>
                  )}
                />
              </DrawnAfter>
            </Box>
          )}
        </>
      )}
      {actions.dialogs}
    </Stack>
  );
}
