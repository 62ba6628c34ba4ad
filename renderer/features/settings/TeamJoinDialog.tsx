// "Team einrichten" and "Einem Team beitreten": the access data from IT, who works at this computer,
// and the office's name (set-up) or the invitation code (join). The server is checked before
// anything changes here; its answer is shown in German words with what to do.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SyncError } from '../../../shared/sync/couchClient';
import {
  normalServerAddress,
  teamAccessSchema,
  teamJoinSchema,
  teamSetUpSchema,
  type TeamJoinForm,
  type TeamSetUpForm,
} from '../../../shared/sync/teamForm';
import { InvitationError } from '../../../shared/sync/teamKeys';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields, useErrorText } from '../../components/form/fields';
import { PasswordField } from '../../components/PasswordField';
import { readSettings } from '../../data/settings';
import { syncEngineFor } from '../../data/sync/syncEngine';
import {
  changeAccess,
  DatabaseInUseError,
  joinTeam,
  NotThisTeamError,
  setUpTeam,
} from '../../data/sync/team';
import { readTeam } from '../../data/sync/teamState';
import { LeadVaultNotEmptyError, StatisticsDatabaseError } from '../../data/sync/lead';
import { useVaultSession } from '../../data/VaultContext';

type Mode = 'setUp' | 'join' | 'access';
type Values = TeamSetUpForm & TeamJoinForm;

export const TeamJoinDialog = formDialog(TeamJoinForm, {
  titleId: 'team-join-title',
  maxWidth: 'md',
  formKey: (props: DialogOpen & { mode: Mode }) => props.mode,
});

/** What went wrong, in words a coordinator can act on; nothing was changed in either case. */
export function teamErrorText(t: TFunction, error: unknown): string {
  if (error instanceof DatabaseInUseError) return t('team.errors.databaseInUse');
  if (error instanceof NotThisTeamError) return t('team.errors.notThisTeam');
  if (error instanceof LeadVaultNotEmptyError) return t('team.errors.leadVaultNotEmpty');
  if (error instanceof StatisticsDatabaseError)
    return t(`team.errors.${error.problem}`, { current: error.current });
  if (error instanceof InvitationError) return t(`team.errors.${error.problem}`);
  const reason = t(`team.failure.${error instanceof SyncError ? error.failure : 'server'}`);
  return t('team.errors.failed', { reason });
}

function TeamJoinForm({ onClose, mode }: DialogOpen & { mode: Mode }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const [team] = useState(() => readTeam(vault));
  const F = formFields<Values>();
  const form = useForm<Values>({
    // One form for both: set-up asks for the office's name, joining for the code.
    resolver: zodResolver(
      mode === 'setUp' ? teamSetUpSchema : mode === 'join' ? teamJoinSchema : teamAccessSchema,
    ) as never,
    defaultValues: {
      // New access data: the server, database and user as they are, the password typed anew.
      server: mode === 'access' ? (team?.server ?? '') : '',
      database: mode === 'access' ? (team?.database ?? '') : '',
      user: mode === 'access' ? (team?.user ?? '') : '',
      password: '',
      name: '',
      device: '',
      office: readSettings(vault.store).officeName,
      code: '',
    },
  });

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const account = {
      server: normalServerAddress(values.server),
      database: values.database.trim(),
      user: values.user.trim(),
      password: values.password,
    };
    // (Changing the access data asks for no profile: those fields are not in its values.)
    // Whoever sets up the team coordinates; a member's role comes with the invitation.
    const profile = {
      name: values.name?.trim() ?? '',
      role: 'koordination' as const,
      device: values.device?.trim() ?? '',
    };
    try {
      if (mode === 'setUp') {
        await setUpTeam(vault, account, values.office.trim(), profile);
        dialogs.notify(t('team.setUpDone', { office: values.office.trim() }));
      } else if (mode === 'access') {
        await changeAccess(vault, account);
        dialogs.notify(t('team.accessChanged'));
        void syncEngineFor(vault).syncNow();
        onClose();
        return;
      } else {
        const { office } = await joinTeam(vault, account, values.code, profile);
        dialogs.notify(t('team.joined', { office }));
      }
    } catch (error) {
      setProblem(teamErrorText(t, error));
      return;
    }
    // The upload or download runs in the background; the status shows its progress. (A new member's
    // name becomes "Ich bin" after the first round: the engine does that.)
    void syncEngineFor(vault).start();
    onClose();
  });

  const busy = form.formState.isSubmitting;
  return (
    <FormDialogForm
      title={t(`team.${mode}Title`)}
      form={form}
      onSubmit={submit}
      submitLabel={t(`team.${mode}Submit`)}
      savingLabel={t(`team.${mode}Working`)}
      locked={busy}
      error={problem}
    >
      <Typography sx={{ mb: 2 }}>{t(`team.${mode}Intro`)}</Typography>
      <Grid container spacing={2}>
        <F.Text
          name="server"
          label={t('team.fields.server')}
          helperText={t('team.fields.serverHelp')}
          cell={12}
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url' } }}
        />
        <F.Text
          name="database"
          label={t('team.fields.database')}
          helperText={t('team.fields.databaseHelp')}
          cell={4}
          fullWidth
        />
        <F.Text name="user" label={t('team.fields.user')} cell={4} fullWidth />
        <Grid size={{ xs: 12, md: 4 }}>
          <Controller
            name="password"
            control={form.control}
            render={({ field, fieldState }) => (
              <PasswordField
                label={t('team.fields.password')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={!!fieldState.error}
                helperText={errorText(fieldState.error) ?? t('team.fields.passwordHelp')}
                fullWidth
              />
            )}
          />
        </Grid>
        {mode === 'access' ? null : mode === 'setUp' ? (
          <F.Text name="office" label={t('team.fields.office')} cell={12} fullWidth />
        ) : (
          <F.Text
            name="code"
            label={t('team.fields.code')}
            helperText={t('team.fields.codeHelp')}
            cell={12}
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
        )}
        {mode !== 'access' && (
          <>
            <F.Text name="name" label={t('team.fields.name')} cell={6} fullWidth />
            <F.Text
              name="device"
              label={t('team.fields.device')}
              helperText={t('team.fields.deviceHelp')}
              cell={6}
              fullWidth
            />
          </>
        )}
      </Grid>
      {busy && (
        <Alert severity="info" sx={{ mt: 2 }} role="status">
          {t(`team.${mode}Working`)}
        </Alert>
      )}
    </FormDialogForm>
  );
}
