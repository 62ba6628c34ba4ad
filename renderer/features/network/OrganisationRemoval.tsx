// "Zusammenführen …" and "Löschen" on an organisation's page. Deleting an organisation without links
// asks once; one with links (persons, inquiries, activities) first moves them to another
// organisation, which is the same as merging. Both go through the deletion seam (one transaction,
// Löschprotokoll line), so no referral points at nothing and every figure stays.
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import MergeIcon from '@mui/icons-material/MergeType';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Organisation } from '../../../shared/domain/network';
import { hasLinks, type OrganisationLinks } from '../../../shared/domain/organisationMerge';
import { sameNamedOrganisations } from '../../../shared/domain/organisationName';
import { useFormat, type Formats } from '../../components/useFormat';
import { CategoryAutocomplete } from '../../components/CategoryAutocomplete';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTeamWideNote } from '../team';
import { useDialogs } from '../../components/dialogs';
import { useOrganisations } from '../../data/hooks';
import { getOrganisation, linksOfOrganisation, removeOrganisation } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';

/** "1 Person, 2 Verweise an sie": only the kinds of links it has. */
export function linksText(links: OrganisationLinks, t: TFunction): string {
  return (
    ['persons', 'requested', 'referred', 'activities', 'applications', 'contributions', 'offers'] as const
  )
    .filter((kind) => links[kind] > 0)
    .map((kind) => t(`networkEdit.links.${kind}`, { count: links[kind] }))
    .join(', ');
}

/** Same-named twins look alike in the list: "Mitglied seit" and their links tell them apart. */
function twinLabel(o: Organisation, links: OrganisationLinks, t: TFunction, fmt: Formats): string {
  const details = [
    t('networkEdit.sameName'),
    o.memberSince ? t('networkEdit.memberSince', { day: fmt.day(o.memberSince) }) : '',
    hasLinks(links) ? linksText(links, t) : t('networkEdit.noLinks'),
  ].filter(Boolean);
  return `${o.name} (${details.join(' · ')})`;
}

type Step = null | 'confirmDelete' | 'merge' | 'moveThenDelete';

export function OrganisationRemovalActions({ org, navigate }: { org: Organisation; navigate: Navigate }) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [step, setStep] = useState<Step>(null);
  const [failed, setFailed] = useState(false);

  const run = async (intoId: string | null) => {
    setFailed(false);
    try {
      await removeOrganisation(vault, org.id, intoId);
    } catch {
      setFailed(true);
      return;
    }
    setStep(null);
    if (intoId) {
      const into = getOrganisation(vault.store, intoId);
      dialogs.notify(t('networkEdit.merged', { from: org.name, into: into?.name ?? '' }));
      navigate(routes.organisation(intoId));
    } else {
      dialogs.notify(t('networkEdit.deleted', { name: org.name }));
      navigate(routes.network());
    }
  };

  const askDelete = () => {
    setFailed(false);
    setStep(hasLinks(linksOfOrganisation(vault.store, org.id)) ? 'moveThenDelete' : 'confirmDelete');
  };

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<MergeIcon />}
        onClick={() => {
          setFailed(false);
          setStep('merge');
        }}
      >
        {t('networkEdit.merge')}
      </Button>
      <Button variant="outlined" color="error" startIcon={<DeleteIcon />} onClick={askDelete}>
        {t('networkEdit.delete')}
      </Button>
      <ConfirmDialog
        open={step === 'confirmDelete'}
        title={t('networkEdit.deleteTitle')}
        note={teamWideNote}
        text={t('networkEdit.deleteText', { name: org.name })}
        confirmLabel={t('networkEdit.deleteConfirm')}
        cancelLabel={t('networkEdit.cancel')}
        destructive
        onConfirm={() => void run(null)}
        onCancel={() => setStep(null)}
      />
      {(step === 'merge' || step === 'moveThenDelete') && (
        <MergeDialog
          org={org}
          intro={
            step === 'merge'
              ? t('networkEdit.mergeIntro', { name: org.name })
              : t('networkEdit.deleteLinkedIntro', {
                  name: org.name,
                  links: linksText(linksOfOrganisation(vault.store, org.id), t),
                })
          }
          title={step === 'merge' ? t('networkEdit.mergeTitle') : t('networkEdit.deleteLinkedTitle')}
          failed={failed}
          onCancel={() => setStep(null)}
          onMerge={run}
        />
      )}
      {failed && step === 'confirmDelete' && (
        <Alert severity="error" role="alert">
          {t('networkEdit.failed')}
        </Alert>
      )}
    </>
  );
}

function MergeDialog({
  org,
  title,
  intro,
  failed,
  onCancel,
  onMerge,
}: {
  org: Organisation;
  title: string;
  intro: string;
  failed: boolean;
  onCancel: () => void;
  onMerge: (intoId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const organisations = useOrganisations();
  const sameNamed = sameNamedOrganisations(org.name, organisations, org.id);
  // A record with the same name is the likely twin: preselected, and first in the list.
  const [intoId, setIntoId] = useState(sameNamed.length === 1 ? sameNamed[0]!.id : '');
  const [busy, setBusy] = useState(false);
  const twins = new Set(sameNamed.map((o) => o.id));
  const entries = [
    ...sameNamed.map((o) => ({
      id: o.id,
      label: twinLabel(o, linksOfOrganisation(vault.store, o.id), t, fmt),
    })),
    ...organisations
      .filter((o) => o.id !== org.id && !twins.has(o.id))
      .map((o) => ({ id: o.id, label: o.name })),
  ];
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby="org-merge-title">
      <DialogTitle id="org-merge-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{intro}</DialogContentText>
          {teamWideNote && <DialogContentText>{teamWideNote}</DialogContentText>}
          <CategoryAutocomplete
            label={t('networkEdit.target')}
            entries={entries}
            value={intoId}
            onChange={setIntoId}
            autoFocus
          />
          {failed && (
            <Alert severity="error" role="alert">
              {t('networkEdit.failed')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} variant="outlined">
          {t('networkEdit.cancel')}
        </Button>
        <Button
          variant="contained"
          color="error"
          disabled={!intoId || busy}
          onClick={() => {
            setBusy(true);
            void onMerge(intoId).finally(() => setBusy(false));
          }}
        >
          {t('networkEdit.mergeConfirm', { name: org.name })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
