import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  emptyOrganisation,
  organisationDraftSchema,
  type Organisation,
  type OrganisationDraft,
} from '../../../shared/domain/network';
import { organisationNameKey, sameNamedOrganisations } from '../../../shared/domain/organisationName';
import { useOrganisations, useSettings } from '../../data/hooks';
import { getOrganisation, saveOrganisation } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import type { Resources } from '../../i18n/de';
import { RecordConflicts } from '../team';

const F = formFields<OrganisationDraft>();

interface Props extends DialogOpen {
  organisationId?: string;
  onSaved: (organisation: Organisation) => void;
}

export const OrganisationDialog = formDialog(OrganisationForm, {
  titleId: 'org-dialog-title',
  formKey: (p) => p.organisationId ?? 'new',
});

function OrganisationForm({ organisationId, onSaved }: Props) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { lists } = useSettings();
  const [existing] = useState(() =>
    organisationId ? getOrganisation(vault.store, organisationId) : undefined,
  );
  const organisations = useOrganisations();
  const form = useForm<OrganisationDraft>({
    resolver: zodResolver(organisationDraftSchema),
    defaultValues: existing ? { ...emptyOrganisation(), ...existing } : emptyOrganisation(),
  });
  const { control, handleSubmit } = form;
  const groups = lists.workingGroups;
  const name = useWatch({ control, name: 'name' });
  // "Caritas Salzwedel e.V." when "Caritas Salzwedel" exists: most likely the same organisation.
  const sameNamed = sameNamedOrganisations(name, organisations, existing?.id);
  // Saving a new organisation under a name that means an existing one needs a second "Speichern":
  // the warning may not have been seen (Ctrl+Enter right after typing).
  const [sameNameSeen, setSameNameSeen] = useState('');
  const submit = handleSubmit(async (draft) => {
    const key = organisationNameKey(draft.name);
    if (!existing && sameNamed.length > 0 && sameNameSeen !== key) {
      setSameNameSeen(key);
      return;
    }
    // A failed save: FormDialogForm shows it.
    onSaved(await saveOrganisation(vault, existing?.id, draft));
  });
  const label = (key: keyof Resources['network']['org']) => t(`network.org.${key}`);

  return (
    <FormDialogForm
      title={existing ? t('network.editOrganisation') : t('network.newOrganisation')}
      form={form}
      onSubmit={submit}
    >
      <Grid container spacing={2}>
        <F.Text name="name" label={label('name')} cell={8} fullWidth required autoFocus />
        <F.Category name="type" label={label('type')} cell={4} entries={lists.organisationTypes} />
        {sameNamed.length > 0 && (
          <Grid size={12}>
            <Alert
              severity="warning"
              action={
                existing ? undefined : (
                  <Button color="inherit" onClick={() => onSaved(sameNamed[0]!)}>
                    {t('networkEdit.useExisting')}
                  </Button>
                )
              }
            >
              {t(existing ? 'networkEdit.sameNameEdit' : 'networkEdit.sameNameNew', {
                names: sameNamed.map((o) => `„${o.name}“`).join(', '),
              })}
              {!existing &&
                sameNameSeen === organisationNameKey(name) &&
                ` ${t('networkEdit.sameNameAgain')}`}
            </Alert>
          </Grid>
        )}
        <F.Text name="address" label={label('address')} cell={12} fullWidth />
        <F.Text name="phone" label={label('phone')} cell={4} fullWidth />
        <F.Text name="email" label={label('email')} cell={4} fullWidth />
        <F.Text name="website" label={label('website')} cell={4} fullWidth />
        <F.CategoryMulti name="offers" label={label('offers')} cell={8} entries={lists.topics} />
        <F.Day name="memberSince" label={label('memberSince')} cell={4} />
        <F.Text name="offersText" label={label('offersText')} cell={12} fullWidth multiline minRows={2} />
        <F.CategoryMulti name="memberships" label={label('memberships')} cell={12} entries={groups} />
        <F.Text name="notes" label={label('notes')} cell={12} fullWidth multiline minRows={2} />
      </Grid>
      <RecordConflicts table="organisations" id={existing?.id} />
    </FormDialogForm>
  );
}
