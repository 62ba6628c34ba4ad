// "Als neues Profil kopieren": asks the new profile's name; the copy gets an id made from it.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DialogContentText, Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { maxChars } from '../../../../shared/domain/limitMessage';
import type { Language } from '../../../../shared/domain/settings';
import { profileWording } from '../../../../shared/report/annualReport';
import { copyProfile, uniqueProfileName } from '../../../../shared/report/profileDraft';
import { PROFILE_LIMITS, type ReportProfile } from '../../../../shared/report/reportProfiles';
import { useDialogs } from '../../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../../components/form/FormDialog';
import { formFields } from '../../../components/form/fields';
import { saveProfile } from '../../../data/reports';
import { useVaultSession } from '../../../data/VaultContext';

interface Props extends DialogOpen {
  profile: ReportProfile;
  profiles: readonly ReportProfile[];
  onCopied: (profileId: string) => void;
}

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'validation.nameRequired')
    .max(PROFILE_LIMITS.name, maxChars(PROFILE_LIMITS.name)),
});
type CopyDraft = z.infer<typeof schema>;
const F = formFields<CopyDraft>();

export const CopyProfileDialog = formDialog(CopyProfileForm, {
  titleId: 'copy-profile-title',
  formKey: (p) => p.profile.id,
  maxWidth: 'sm',
});

function CopyProfileForm({ profile, profiles, onCopied, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const wording = profileWording(profile, language);
  const names = profiles.map((p) => profileWording(p, language).name);
  const [defaults] = useState(() => ({
    name: uniqueProfileName(t('reportProfiles.copy.defaultName', { name: wording.name }), names),
  }));
  // A name already in the list is refused at the field, not quietly numbered: the coordinator chose it.
  const [resolver] = useState(() => {
    const taken = new Set(names.map((n) => n.toLocaleLowerCase('de')));
    return zodResolver(
      schema.refine((d) => !taken.has(d.name.toLocaleLowerCase('de')), {
        message: 'reportProfiles.copy.nameTaken',
        path: ['name'],
      }),
    );
  });
  const form = useForm<CopyDraft>({ resolver, defaultValues: defaults });

  const submit = form.handleSubmit(async ({ name }) => {
    const copy = copyProfile(
      profile,
      name,
      profiles.map((p) => p.id),
      wording,
    );
    await saveProfile(vault, copy);
    onClose();
    onCopied(copy.id);
    notify({ key: 'reportProfiles.copy.done', params: { name: copy.name } });
  });

  return (
    <FormDialogForm
      title={t('reportProfiles.copy.title')}
      form={form}
      onSubmit={submit}
      submitLabel={t('reportProfiles.copy.submit')}
    >
      <DialogContentText sx={{ mb: 2 }}>
        {t('reportProfiles.copy.text', { name: wording.name })}
      </DialogContentText>
      <Grid container>
        <F.Text name="name" label={t('reportProfiles.copy.name')} required autoFocus fullWidth cell={12} />
      </Grid>
    </FormDialogForm>
  );
}
