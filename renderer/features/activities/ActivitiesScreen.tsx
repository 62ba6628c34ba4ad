// Aktivitäten: meetings, working groups, events, school visits, trainings, press work.
import { forwardRef, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RepeatIcon from '@mui/icons-material/Repeat';
import { TableVirtuoso, type TableComponents } from 'react-virtuoso';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import type { Activity } from '../../../shared/domain/network';
import { normalizeTerm, searchableText } from '../../../shared/search/normalize';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useActivities, useOrganisations, useSettings } from '../../data/hooks';
import { CategoryAutocomplete } from '../../components/CategoryAutocomplete';

const components: TableComponents<Activity> = {
  Scroller: forwardRef<HTMLDivElement>((props, ref) => (
    <TableContainer component={Paper} {...props} ref={ref} />
  )),
  Table: (props) => <Table {...props} size="small" stickyHeader sx={{ tableLayout: 'fixed' }} />,
  TableHead: forwardRef<HTMLTableSectionElement>((props, ref) => <TableHead {...props} ref={ref} />),
  TableRow: (props) => <TableRow hover {...props} />,
  TableBody: forwardRef<HTMLTableSectionElement>((props, ref) => <TableBody {...props} ref={ref} />),
};

export function ActivitiesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dialogs = useDialogs();
  const all = useActivities();
  const organisations = useOrganisations();
  const { lists } = useSettings();
  const [text, setText] = useState('');
  const [type, setType] = useState('');
  const orgName = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const shown = useMemo(() => {
    const q = normalizeTerm(text.trim());
    return all.filter(
      (a) => (!type || a.type === type) && (!q || searchableText(`${a.title} ${a.notes}`).includes(q)),
    );
  }, [all, text, type]);

  return (
    <Stack sx={{ flex: 1, minHeight: 0, p: 3 }} spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('activities.title')}
        </Typography>
        <Typography color="text.secondary" aria-live="polite">
          {shown.length === all.length
            ? t('network.count', { count: all.length })
            : t('activities.shown', {
                shown: fmt.count(shown.length),
                total: fmt.count(all.length),
              })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => dialogs.activity({})}>
          {t('activities.new')}
        </Button>
      </Stack>
      {all.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('activities.empty')}
          </Typography>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => dialogs.activity({})}>
            {t('activities.new')}
          </Button>
        </Paper>
      ) : (
        <>
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField
              size="small"
              type="search"
              label={t('activities.filter')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              sx={{ minWidth: 240 }}
            />
            <Box sx={{ minWidth: 260 }}>
              <CategoryAutocomplete
                label={t('activities.fields.type')}
                entries={lists.activityTypes}
                value={type}
                onChange={setType}
              />
            </Box>
          </Stack>
          <Box sx={{ flex: 1, minHeight: 240 }}>
            <TableVirtuoso
              data={shown}
              components={components}
              computeItemKey={(_i, a) => a.id}
              aria-label={t('activities.title')}
              fixedHeaderContent={() => (
                <TableRow>
                  {/* Widths fit "24.11.2026, 10:00" and "Teilnehmende" on one line at 1366 px. */}
                  <TableCell sx={{ width: 160, bgcolor: 'background.paper' }}>
                    {t('activities.fields.date')}
                  </TableCell>
                  <TableCell sx={{ bgcolor: 'background.paper' }}>{t('activities.fields.title')}</TableCell>
                  <TableCell sx={{ width: '16%', bgcolor: 'background.paper' }}>
                    {t('activities.fields.type')}
                  </TableCell>
                  <TableCell sx={{ width: '16%', bgcolor: 'background.paper' }}>
                    {t('activities.fields.fieldOfAction')}
                  </TableCell>
                  <TableCell sx={{ width: '20%', bgcolor: 'background.paper' }}>
                    {t('activities.fields.organisations')}
                  </TableCell>
                  <TableCell sx={{ width: 140, bgcolor: 'background.paper' }} align="right">
                    {t('activities.fields.participants')}
                  </TableCell>
                </TableRow>
              )}
              itemContent={(_i, a) => (
                <>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {fmt.day(a.date)}
                    {a.startTime ? `, ${a.startTime}` : ''}
                  </TableCell>
                  <TableCell sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    <Link
                      component="button"
                      type="button"
                      onClick={() => dialogs.activity({ id: a.id })}
                      sx={{ textAlign: 'left' }}
                    >
                      {a.title}
                    </Link>
                    {a.seriesId && (
                      <RepeatIcon
                        fontSize="small"
                        titleAccess={t('activitySeries.partOf')}
                        sx={{ ml: 0.5, verticalAlign: 'middle', color: 'text.secondary' }}
                      />
                    )}
                  </TableCell>
                  <TableCell>{labelOf(lists.activityTypes, a.type)}</TableCell>
                  <TableCell>
                    {a.fieldOfAction ? labelOf(lists.fieldsOfAction, a.fieldOfAction) : ''}
                  </TableCell>
                  <TableCell sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {a.organisationIds
                      .map((id) => orgName.get(id) ?? '')
                      .filter(Boolean)
                      .join(', ')}
                  </TableCell>
                  <TableCell align="right">{a.participants ?? ''}</TableCell>
                </>
              )}
            />
          </Box>
        </>
      )}
    </Stack>
  );
}
