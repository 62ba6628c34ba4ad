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
  const [failed, setFailed] = useState(false);
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
    setFailed(false);
    const key = organisationNameKey(draft.name);
    if (!existing && sameNamed.length > 0 && sameNameSeen !== key) {
      setSameNameSeen(key);
      return;
    }
    try {
      onSaved(await saveOrganisation(vault, existing?.id, draft));
    } catch {
      setFailed(true);
    }
  });
  const textField = (
    name: 'name' | 'address' | 'phone' | 'email' | 'website' | 'offersText' | 'notes',
    md = 6,
    multiline = false,
  ) => (
    <F.Text
      name={name}
      label={t(`network.org.${name}`)}
      cell={md}
      fullWidth
      required={name === 'name'}
      autoFocus={name === 'name'}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
    />
  );

  return (
    <FormDialogForm
      title={existing ? t('network.editOrganisation') : t('network.newOrganisation')}
      form={form}
      onSubmit={submit}
      failed={failed}
    >
      <Grid container spacing={2}>
        {textField('name', 8)}
        <F.Category name="type" label={t('network.org.type')} cell={4} entries={lists.organisationTypes} />
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
        {textField('address', 12)}
        {textField('phone', 4)}
        {textField('email', 4)}
        {textField('website', 4)}
        <F.CategoryMulti name="offers" label={t('network.org.offers')} cell={8} entries={lists.topics} />
        <F.Day name="memberSince" label={t('network.org.memberSince')} cell={4} />
        {textField('offersText', 12, true)}
        <F.CategoryMulti name="memberships" label={t('network.org.memberships')} cell={12} entries={groups} />
        {textField('notes', 12, true)}
      </Grid>
    </FormDialogForm>
  );
}
