import { forwardRef, useEffect, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Link,
  Paper,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { TableVirtuoso, type TableComponents } from 'react-virtuoso';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REQUESTER_TYPES, DEFAULT_TOPICS, labelOf } from '../../../shared/domain/categories';
import type { Inquiry, InquiryDraft } from '../../../shared/domain/inquiry';
import { formatCount, formatDateTime } from '../../components/format';
import { getInquiry, listInquiries, saveInquiry } from '../../data/inquiries';
import { markPhase } from '../../data/perfMarks';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { InquiryFormDialog } from './InquiryFormDialog';

interface Props {
  param: string | undefined;
  navigate: (path: string) => void;
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

export function InquiriesScreen({ param, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const { vault } = useVaultSession();
  useStoreVersion();
  const inquiries = listInquiries(vault.store); // cached per store version
  const [savedOpen, setSavedOpen] = useState(false);
  const editing = param && param !== 'neu' ? getInquiry(vault.store, param) : undefined;
  const dialogOpen = param === 'neu' || !!editing;

  useEffect(() => {
    markPhase('start-screen-ready');
  }, []);

  async function save(draft: InquiryDraft) {
    await saveInquiry(vault, editing?.id, draft);
    setSavedOpen(true);
    navigate('/anfragen');
  }

  const lang = i18n.language;
  // Narrow windows and 200 % zoom: who asked moves under the subject, topics are left out.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  return (
    <Stack sx={{ flex: 1, minHeight: 0, p: 3 }} spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }} spacing={2}>
        <Typography variant="h4" component="h1">
          {t('inquiries.title')}
        </Typography>
        <Typography color="text.secondary" aria-live="polite">
          {t('inquiries.count', { count: inquiries.length, formatted: formatCount(inquiries.length, lang) })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('inquiries.newHint')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/anfragen/neu')}>
            {t('inquiries.new')}
          </Button>
        </Tooltip>
      </Stack>
      {inquiries.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('inquiries.emptyTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto', mb: 2 }}>
            {t('inquiries.emptyText')}
          </Typography>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => navigate('/anfragen/neu')}>
            {t('inquiries.new')}
          </Button>
        </Paper>
      ) : (
        <Box sx={{ flex: 1, minHeight: 240 }}>
          <TableVirtuoso
            key={compact ? 'compact' : 'wide'}
            data={inquiries}
            components={tableComponents}
            computeItemKey={(_i, item) => item.id}
            aria-label={t('inquiries.listLabel')}
            fixedHeaderContent={() => (
              <TableRow>
                <TableCell sx={{ width: compact ? 110 : 160, bgcolor: 'background.paper' }}>
                  {t('inquiries.fields.receivedAt')}
                </TableCell>
                {!compact && (
                  <TableCell sx={{ width: '22%', bgcolor: 'background.paper' }}>
                    {t('inquiries.fields.requesterType')}
                  </TableCell>
                )}
                <TableCell sx={{ bgcolor: 'background.paper' }}>{t('inquiries.fields.subject')}</TableCell>
                {!compact && (
                  <TableCell sx={{ width: '24%', bgcolor: 'background.paper' }}>
                    {t('inquiries.fields.topics')}
                  </TableCell>
                )}
                <TableCell sx={{ width: compact ? 120 : 170, bgcolor: 'background.paper' }}>
                  {t('inquiries.fields.status')}
                </TableCell>
              </TableRow>
            )}
            itemContent={(_index, inquiry) => (
              <>
                <TableCell sx={{ whiteSpace: compact ? 'normal' : 'nowrap' }}>
                  {formatDateTime(inquiry.receivedAt, lang)}
                </TableCell>
                {!compact && <TableCell>{labelOf(DEFAULT_REQUESTER_TYPES, inquiry.requesterType)}</TableCell>}
                <TableCell sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  <Link
                    component="button"
                    type="button"
                    onClick={() => navigate(`/anfragen/${encodeURIComponent(inquiry.id)}`)}
                    sx={{ textAlign: 'left' }}
                  >
                    {inquiry.subject}
                  </Link>
                  {compact && (
                    <Typography variant="body2" color="text.secondary" noWrap>
                      {labelOf(DEFAULT_REQUESTER_TYPES, inquiry.requesterType)}
                    </Typography>
                  )}
                </TableCell>
                {!compact && (
                  <TableCell sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {inquiry.topics.map((id) => labelOf(DEFAULT_TOPICS, id)).join(', ')}
                  </TableCell>
                )}
                <TableCell>
                  <Chip
                    size="small"
                    label={t(`inquiries.status.${inquiry.status}`)}
                    variant={inquiry.status === 'erledigt' ? 'outlined' : 'filled'}
                  />
                </TableCell>
              </>
            )}
          />
        </Box>
      )}
      <InquiryFormDialog
        open={dialogOpen}
        inquiry={editing}
        onSave={save}
        onClose={() => navigate('/anfragen')}
      />
      <Snackbar
        open={savedOpen}
        autoHideDuration={4000}
        onClose={() => setSavedOpen(false)}
        message={t('inquiries.saved')}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </Stack>
  );
}
