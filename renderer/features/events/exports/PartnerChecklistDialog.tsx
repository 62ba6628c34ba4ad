// "Partner-Checkliste": per organisation that was asked or has submitted, its contributions with
// their status and what is still missing; shown first, then saved as an Excel workbook on request.
import { useMemo, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';
import { fileStem } from '../../../../shared/outreach/booklet';
import { eventOutputsLabels } from '../../../../shared/outreach/eventOutputsLabels';
import { buildPartnerChecklist } from '../../../../shared/outreach/partnerChecklist';
import type { Contribution, Series } from '../../../data/outreach';
import { useOutputInputs, useSaveOutput } from './outputInputs';

const TITLE_ID = 'partner-checklist-title';
const INTRO_ID = 'partner-checklist-intro';

interface Props {
  open: boolean;
  onClose: () => void;
  series: Series;
  contributions: readonly Contribution[];
}

export function PartnerChecklistDialog({ open, onClose, series, contributions }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      scroll="paper"
      aria-labelledby={TITLE_ID}
      aria-describedby={INTRO_ID}
    >
      {open && <ChecklistContent onClose={onClose} series={series} contributions={contributions} />}
    </Dialog>
  );
}

function ChecklistContent({ onClose, series, contributions }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const { language, organisations } = useOutputInputs();
  const save = useSaveOutput();
  const [busy, setBusy] = useState(false);
  const checklist = useMemo(
    () => buildPartnerChecklist(series, contributions, organisations, { language }),
    [series, contributions, organisations, language],
  );

  const saveXlsx = async () => {
    setBusy(true);
    const file = `${fileStem(eventOutputsLabels(language).fileNames.checklist, series.title)}.xlsx`;
    await save(file, 'xlsx', async () =>
      (await import('./checklistXlsx')).checklistXlsx(checklist, {
        title: series.title,
        language,
        createdAt: new Date(),
      }),
    );
    setBusy(false);
  };

  return (
    <>
      <DialogTitle id={TITLE_ID}>
        {t('eventExports.checklist.title')}: {series.title}
      </DialogTitle>
      <DialogContent dividers tabIndex={0} role="region" aria-labelledby={TITLE_ID}>
        <Typography id={INTRO_ID} variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {checklist.partners.length === 0
            ? t('eventExports.checklist.empty')
            : t('eventExports.checklist.intro', {
                count: checklist.partners.length,
                open: checklist.openCount,
              })}
        </Typography>
        {checklist.partners.map((partner, i) => {
          const headingId = `partner-checklist-${i}`;
          const open = partner.missingCount > 0 || partner.contributions.length === 0;
          return (
            <Box key={partner.organisationId} component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  {partner.name}
                </Typography>
                {partner.asked && <Chip size="small" label={t('eventExports.checklist.asked')} />}
                {/* Text in the default colour (contrast); the icon carries the colour. */}
                <Chip
                  size="small"
                  variant="outlined"
                  icon={
                    open ? (
                      <WarningAmberIcon sx={{ '&&': { color: 'warning.dark' } }} />
                    ) : (
                      <CheckCircleOutlineIcon sx={{ '&&': { color: 'success.main' } }} />
                    )
                  }
                  label={
                    partner.contributions.length === 0
                      ? t('eventExports.checklist.noContribution')
                      : partner.missingCount > 0
                        ? t('eventExports.checklist.open', { count: partner.missingCount })
                        : t('eventExports.checklist.done')
                  }
                />
              </Box>
              {partner.contributions.length > 0 && (
                <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: 'fixed' }}>
                  <TableHead>
                    <TableRow>
                      <TableCell scope="col" sx={{ width: '40%' }}>
                        {t('eventExports.checklist.columns.contribution')}
                      </TableCell>
                      <TableCell scope="col" sx={{ width: '16%' }}>
                        {t('eventExports.checklist.columns.day')}
                      </TableCell>
                      <TableCell scope="col" sx={{ width: '14%' }}>
                        {t('eventExports.checklist.columns.status')}
                      </TableCell>
                      <TableCell scope="col">{t('eventExports.checklist.columns.missing')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {partner.contributions.map((c) => (
                      <TableRow key={c.id}>
                        <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                          {c.title}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.day}</TableCell>
                        <TableCell>{c.statusLabel}</TableCell>
                        <TableCell>
                          {c.missingLabels.length === 0 ? (
                            <Typography variant="body2">{t('eventExports.checklist.complete')}</Typography>
                          ) : (
                            <Box component="ul" sx={{ m: 0, pl: 2 }}>
                              {c.missingLabels.map((label) => (
                                <Typography key={label} component="li" variant="body2">
                                  {label}
                                </Typography>
                              ))}
                            </Box>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Box>
          );
        })}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('eventExports.close')}</Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={busy || checklist.partners.length === 0}
          onClick={() => void saveXlsx()}
        >
          {busy ? t('eventExports.saving') : t('eventExports.checklist.saveXlsx')}
        </Button>
      </DialogActions>
    </>
  );
}
