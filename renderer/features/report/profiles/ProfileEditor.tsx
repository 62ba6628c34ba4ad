// "Profil bearbeiten": the profile's name and document title, then its sections as a list — each
// switched on or off, moved with buttons (no dragging), and opened for its title, text block, own
// text per period, tables and chart. Saving checks the whole profile with the schema and is durable
// before the dialog closes.
import { useState } from 'react';
import { useFieldArray, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Alert, Button, Grid, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import { profileWording } from '../../../../shared/report/annualReport';
import {
  builtinSectionTitle,
  draftToProfile,
  newSectionKey,
  profileToDraft,
  type ProfileDraft,
} from '../../../../shared/report/profileDraft';
import {
  isBuiltinProfileId,
  PROFILE_LIMITS,
  reportProfileSchema,
  type ReportProfile,
} from '../../../../shared/report/reportProfiles';
import { useDialogs } from '../../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../../components/form/FormDialog';
import { formFields, useErrorText } from '../../../components/form/fields';
import { saveProfile } from '../../../data/reports';
import { useVaultSession } from '../../../data/VaultContext';
import { SectionEditor } from './SectionEditor';

interface Props extends DialogOpen {
  profile: ReportProfile;
  /** All profiles in the choice: a name another one has is refused. */
  profiles: readonly ReportProfile[];
}

export const ProfileEditor = formDialog(ProfileEditorForm, {
  titleId: 'profile-editor-title',
  formKey: (p) => p.profile.id,
  maxWidth: 'md',
});

const F = formFields<ProfileDraft>();

/** Puts an error at a dotted path of react-hook-form's error tree ("sections.2.title"). */
function setError(errors: FieldErrors<ProfileDraft>, path: readonly PropertyKey[], message: string) {
  let node = errors as Record<PropertyKey, unknown>;
  for (const [i, part] of path.entries()) {
    if (i === path.length - 1) {
      node[part] ??= { type: 'validate', message };
      return;
    }
    node[part] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<PropertyKey, unknown>;
  }
}

/** The schema's verdict on the profile the draft describes, at the draft's fields. */
function profileResolver(language: Language, takenNames: ReadonlySet<string>): Resolver<ProfileDraft> {
  return async (values) => {
    const errors: FieldErrors<ProfileDraft> = {};
    if (!isBuiltinProfileId(values.id) && !values.name.trim()) {
      setError(errors, ['name'], 'validation.nameRequired');
    }
    // Two profiles of one name could not be told apart in the choice.
    if (takenNames.has(values.name.trim().toLocaleLowerCase('de'))) {
      setError(errors, ['name'], 'reportProfiles.copy.nameTaken');
    }
    values.sections.forEach((s, i) => {
      // An own section has no built-in title to fall back on.
      if (!s.title.trim() && !builtinSectionTitle(s.key, language)) {
        setError(errors, ['sections', i, 'title'], 'validation.titleRequired');
      }
    });
    const parsed = reportProfileSchema.safeParse(draftToProfile(values, language));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // The list's own problems (duplicate keys, none left) are shown above the list.
        const path =
          issue.path.length === 1 && issue.path[0] === 'sections' ? ['sections', 'root'] : issue.path;
        setError(errors, path, issue.message);
      }
    }
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
  };
}

function ProfileEditorForm({ profile, profiles, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const errorText = useErrorText();
  const [defaults] = useState(() => profileToDraft(profile, language));
  const [resolver] = useState(() =>
    profileResolver(
      language,
      new Set(
        profiles
          .filter((p) => p.id !== profile.id)
          .map((p) => profileWording(p, language).name.toLocaleLowerCase('de')),
      ),
    ),
  );
  const form = useForm<ProfileDraft>({ resolver, defaultValues: defaults });
  const sections = useFieldArray({ control: form.control, name: 'sections', keyName: 'fieldId' });
  // Open sections by key; a new one opens at once, its title field focused.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState<string | null>(null);
  const builtin = isBuiltinProfileId(profile.id)
    ? profileWording({ id: profile.id, sections: [] }, language)
    : null;
  const shownName = profileWording(profile, language).name;
  const listError = errorText(form.formState.errors.sections?.root);

  const submit = form.handleSubmit(async (draft) => {
    const saved = reportProfileSchema.parse(draftToProfile(draft, language));
    await saveProfile(vault, saved);
    onClose();
    notify({ key: 'reportProfiles.editor.saved', params: { name: profileWording(saved, language).name } });
  });

  const move = (from: number, to: number, key: string) => {
    sections.move(from, to);
    // Moving re-inserts the row: the focus goes back to the button pressed, or the other one at an end.
    requestAnimationFrame(() => {
      const pressed = from > to ? 'up' : 'down';
      const other = from > to ? 'down' : 'up';
      const button = document.getElementById(`section-${key}-${pressed}`) as HTMLButtonElement | null;
      (button && !button.disabled ? button : document.getElementById(`section-${key}-${other}`))?.focus();
    });
  };

  const addSection = () => {
    const key = newSectionKey(
      form.getValues('sections').map((s) => s.key),
      Date.now(),
    );
    sections.append(
      { key, enabled: true, title: '', intro: '', withText: true, tables: [], chart: '' },
      { shouldFocus: false },
    );
    setOpen((o) => new Set([...o, key]));
    setAdded(key);
  };

  const toggle = (key: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const shrink = { inputLabel: { shrink: true } };

  return (
    <FormDialogForm
      title={t('reportProfiles.editor.title', { name: shownName })}
      form={form}
      onSubmit={submit}
    >
      <Grid container spacing={2}>
        <F.Text
          name="name"
          label={t('reportProfiles.editor.name')}
          required={!builtin}
          placeholder={builtin?.name}
          slotProps={{ ...shrink, htmlInput: { maxLength: PROFILE_LIMITS.name } }}
          fullWidth
          cell={12}
        />
        <F.Text
          name="title"
          label={t('reportProfiles.editor.docTitle')}
          placeholder={builtin?.title ?? profile.name}
          slotProps={shrink}
          fullWidth
          cell={6}
        />
        <F.Text
          name="subtitle"
          label={t('reportProfiles.editor.subtitle')}
          placeholder={builtin?.subtitle}
          slotProps={shrink}
          fullWidth
          cell={6}
        />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('reportProfiles.editor.sections')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('reportProfiles.editor.sectionsHint')}
      </Typography>
      {listError && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {listError}
        </Alert>
      )}
      <Stack component="ol" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {sections.fields.map((field, index) => (
          <SectionEditor
            key={field.fieldId}
            index={index}
            count={sections.fields.length}
            sectionKey={field.key}
            language={language}
            open={open.has(field.key) || !!form.formState.errors.sections?.[index]}
            autoFocus={added === field.key}
            onToggle={() => toggle(field.key)}
            onMove={(to) => move(index, to, field.key)}
            onRemove={() => sections.remove(index)}
          />
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} onClick={addSection} sx={{ mt: 1 }}>
        {t('reportProfiles.editor.add')}
      </Button>
    </FormDialogForm>
  );
}
