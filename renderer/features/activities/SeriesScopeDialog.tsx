// Asks which dates of a series a change or deletion means: "Nur diesen Termin", "Diesen und alle
// folgenden" or "Alle Termine der Reihe". The narrowest choice is preselected.
import { useState, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SeriesScope } from '../../../shared/domain/activitySeries';
import { useTeamWideNote } from '../team';

interface Props {
  open: boolean;
  action: 'edit' | 'delete';
  /** How many dates each choice affects. */
  counts: Record<SeriesScope, number>;
  onChoose: (scope: SeriesScope) => void;
  onCancel: () => void;
}

const SCOPES: SeriesScope[] = ['one', 'following', 'all'];

export function SeriesScopeDialog({ open, action, counts, onChoose, onCancel }: Props) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const [scope, setScope] = useState<SeriesScope>('one');
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby="series-scope-title"
      aria-describedby="series-scope-text"
    >
      <DialogTitle id="series-scope-title">
        {t(action === 'edit' ? 'activitySeries.editTitle' : 'activitySeries.deleteTitle')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="series-scope-text">
          {t('activitySeries.intro', { count: counts.all })}
        </DialogContentText>
        <RadioGroup
          value={scope}
          onChange={(e) => setScope(e.target.value as SeriesScope)}
          aria-labelledby="series-scope-title"
          sx={{ my: 1 }}
        >
          {SCOPES.map((s) => (
            <FormControlLabel
              key={s}
              value={s}
              control={<Radio />}
              label={
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
                  <span>{t(`activitySeries.scopes.${s}`)}</span>
                  <Typography variant="body2" color="text.secondary" component="span">
                    ({t('activitySeries.dates', { count: counts[s] })})
                  </Typography>
                </Stack>
              }
            />
          ))}
        </RadioGroup>
        <Typography variant="body2" color="text.secondary">
          {t(action === 'edit' ? 'activitySeries.participantsKept' : 'activitySeries.deleteHint')}
        </Typography>
        {action === 'delete' && teamWideNote && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {teamWideNote}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        {/* Deleting keeps the focus on the safe choice, as ConfirmDialog does. */}
        <Button onClick={onCancel} variant="outlined" autoFocus={action === 'delete'}>
          {t('activitySeries.cancel')}
        </Button>
        <Button
          onClick={() => onChoose(scope)}
          variant="contained"
          color={action === 'delete' ? 'error' : 'primary'}
          autoFocus={action === 'edit'}
        >
          {t(action === 'edit' ? 'activitySeries.save' : 'activitySeries.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** `ask` opens the question and resolves with the choice, or null when cancelled. */
export function useSeriesScope(): {
  ask: (action: Props['action'], counts: Props['counts']) => Promise<SeriesScope | null>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<{
    action: Props['action'];
    counts: Props['counts'];
    resolve: (scope: SeriesScope | null) => void;
  } | null>(null);
  const ask = (action: Props['action'], counts: Props['counts']) =>
    new Promise<SeriesScope | null>((resolve) => setPending({ action, counts, resolve }));
  const answer = (scope: SeriesScope | null) => {
    pending?.resolve(scope);
    setPending(null);
  };
  // Mounted per question, so each one starts at "Nur diesen Termin".
  const dialog = pending && (
    <SeriesScopeDialog
      open
      action={pending.action}
      counts={pending.counts}
      onChoose={answer}
      onCancel={() => answer(null)}
    />
  );
  return { ask, dialog };
}
