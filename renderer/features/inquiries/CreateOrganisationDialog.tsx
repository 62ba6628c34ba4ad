// Asks before a new network organisation is created from a typed name; when the name means an
// existing organisation ("Jobcenter" and "JobCenter e.V."), it says so and offers that one first.
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/network';
import { sameNamedOrganisations } from '../../../shared/domain/organisationName';

export function CreateOrganisationDialog({
  name,
  organisations,
  onCancel,
  onUseExisting,
  onCreate,
}: {
  /** The name to create; null: closed. */
  name: string | null;
  organisations: readonly Organisation[];
  onCancel: () => void;
  onUseExisting: (id: string) => void;
  onCreate: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const existing = name ? sameNamedOrganisations(name, organisations)[0] : undefined;
  const create = async () => {
    if (!name || busy) return;
    setBusy(true);
    try {
      await onCreate(name);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={name !== null}
      onClose={onCancel}
      aria-labelledby="create-org-title"
      aria-describedby="create-org-text"
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id="create-org-title">{t('inquiryActions.createOrg.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="create-org-text">
          {t('inquiryActions.createOrg.text', { name: name ?? '' })}
        </DialogContentText>
        {existing && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('inquiryActions.createOrg.sameName', { name: existing.name })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus={!existing}>
          {t('form.cancel')}
        </Button>
        {existing ? (
          <>
            <Button onClick={() => void create()} disabled={busy}>
              {t('inquiryActions.createOrg.createAnyway')}
            </Button>
            <Button variant="contained" autoFocus onClick={() => onUseExisting(existing.id)}>
              {t('inquiryActions.createOrg.useExisting')}
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={() => void create()} disabled={busy}>
            {t('inquiryActions.createOrg.create')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
