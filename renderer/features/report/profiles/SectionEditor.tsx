// One section in the profile editor: a row to switch it on or off, move it and open it, and when
// open its title, the profile's text block, the own text per period, its tables and its chart.
import type { ReactNode } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import {
  Autocomplete,
  Box,
  Grid,
  IconButton,
  Paper,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import { builtinSectionTitle, type ProfileDraft } from '../../../../shared/report/profileDraft';
import { reportLabels } from '../../../../shared/report/reportLabels';
import { CHART_IDS, PROFILE_LIMITS, TABLE_IDS, type TableId } from '../../../../shared/report/reportProfiles';
import { formFields } from '../../../components/form/fields';

const F = formFields<ProfileDraft>();

interface Props {
  index: number;
  count: number;
  sectionKey: string;
  language: Language;
  open: boolean;
  /** A section just added: its title field takes the focus. */
  autoFocus: boolean;
  onToggle: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function SectionEditor({
  index,
  count,
  sectionKey,
  language,
  open,
  autoFocus,
  onToggle,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const { control } = useFormContext<ProfileDraft>();
  const title = useWatch({ control, name: `sections.${index}.title` });
  const enabled = useController({ control, name: `sections.${index}.enabled` });
  const builtinTitle = builtinSectionTitle(sectionKey, language);
  const shown = title.trim() || builtinTitle || t('reportProfiles.editor.newSection');
  const detailsId = `section-${sectionKey}-details`;
  const headingId = `section-${sectionKey}-heading`;

  const action = (label: string, icon: ReactNode, onClick: () => void, disabled = false, id?: string) => (
    <Tooltip title={label}>
      {/* The tooltip needs an element that takes pointer events while the button is disabled. */}
      <span>
        <IconButton id={id} aria-label={label} onClick={onClick} disabled={disabled} size="small">
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );

  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ px: 1, py: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Switch
          checked={enabled.field.value}
          onChange={(e) => enabled.field.onChange(e.target.checked)}
          slotProps={{ input: { 'aria-label': t('reportProfiles.editor.enabled', { title: shown }) } }}
        />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography
            id={headingId}
            component="h4"
            variant="subtitle1"
            sx={{ color: enabled.field.value ? 'text.primary' : 'text.secondary' }}
            noWrap
          >
            {shown}
          </Typography>
          {(!enabled.field.value || !builtinTitle) && (
            <Typography variant="caption" color="text.secondary">
              {[
                !enabled.field.value && t('reportProfiles.editor.off'),
                !builtinTitle && t('reportProfiles.editor.ownSection'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
        </Box>
        {action(
          t('reportProfiles.editor.moveUp', { title: shown }),
          <ArrowUpwardIcon fontSize="small" />,
          () => onMove(index - 1),
          index === 0,
          `section-${sectionKey}-up`,
        )}
        {action(
          t('reportProfiles.editor.moveDown', { title: shown }),
          <ArrowDownwardIcon fontSize="small" />,
          () => onMove(index + 1),
          index === count - 1,
          `section-${sectionKey}-down`,
        )}
        <Tooltip title={t('reportProfiles.editor.details', { title: shown })}>
          <IconButton
            aria-label={t('reportProfiles.editor.details', { title: shown })}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={onToggle}
            size="small"
          >
            {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
        {/* Built-in sections are switched off rather than deleted: their texts stay meaningful. */}
        {!builtinTitle &&
          action(
            t('reportProfiles.editor.remove', { title: shown }),
            <DeleteOutlineIcon fontSize="small" />,
            onRemove,
          )}
      </Box>
      {open && (
        <SectionDetails id={detailsId} index={index} builtinTitle={builtinTitle} autoFocus={autoFocus} />
      )}
    </Paper>
  );
}

function SectionDetails({
  id,
  index,
  builtinTitle,
  autoFocus,
}: {
  id: string;
  index: number;
  builtinTitle: string | undefined;
  autoFocus: boolean;
}) {
  const { t, i18n } = useTranslation();
  const L = reportLabels(i18n.language === 'en' ? 'en' : 'de');
  const tables = useController<ProfileDraft, `sections.${number}.tables`>({
    name: `sections.${index}.tables`,
  });
  const tableTitle = (table: TableId) => L.tables[table];

  return (
    <Grid id={id} container spacing={2} sx={{ px: 1, pt: 1, pb: 2 }}>
      <F.Text
        name={`sections.${index}.title`}
        label={t('reportProfiles.editor.sectionTitle')}
        required={!builtinTitle}
        placeholder={builtinTitle}
        autoFocus={autoFocus}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: PROFILE_LIMITS.title } }}
        fullWidth
        cell={12}
      />
      <F.Text
        name={`sections.${index}.intro`}
        label={t('reportProfiles.editor.intro')}
        helperText={t('reportProfiles.editor.introHint')}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        cell={12}
      />
      <Grid size={12}>
        <Autocomplete<TableId, true>
          multiple
          filterSelectedOptions
          options={TABLE_IDS}
          value={tables.field.value}
          onChange={(_e, value) => tables.field.onChange(value)}
          getOptionLabel={tableTitle}
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('reportProfiles.editor.tables')}
              helperText={t('reportProfiles.editor.tablesHint')}
              inputRef={tables.field.ref}
            />
          )}
        />
      </Grid>
      <F.Select
        name={`sections.${index}.chart`}
        label={t('reportProfiles.editor.chart')}
        options={[
          { id: '', label: t('reportProfiles.charts.none') },
          ...CHART_IDS.map((chart) => ({ id: chart, label: t(`reportProfiles.charts.${chart}`) })),
        ]}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        fullWidth
        cell={6}
      />
      <F.Checkbox name={`sections.${index}.withText`} label={t('reportProfiles.editor.withText')} cell={6} />
    </Grid>
  );
}
