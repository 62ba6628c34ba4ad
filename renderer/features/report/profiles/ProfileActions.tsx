// The chosen Berichtsprofil's actions: edit, copy as a new profile, share as a JSON file, import one,
// take a built-in profile back to how it ships, delete an own one. On the lead's computer only the
// export: its writes would not reach the office.
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  Menu,
  MenuItem,
  Stack,
  Tooltip,
} from '@mui/material';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import { profileWording } from '../../../../shared/report/annualReport';
import {
  planProfileImport,
  PROFILE_FILE_MAX_BYTES,
  profileFileBytes,
  profileFileName,
  readProfileFile,
} from '../../../../shared/report/profileFile';
import { isBuiltinProfileId, type ReportProfile } from '../../../../shared/report/reportProfiles';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDialogs } from '../../../components/dialogs';
import { useLeadMode } from '../../../data/hooks';
import { deleteProfile, saveProfile, storedProfiles } from '../../../data/reports';
import { useVaultSession } from '../../../data/VaultContext';
import { translateDataKey } from '../../../i18n/dataKey';
import { host } from '../../../host';
import { CopyProfileDialog } from './CopyProfileDialog';
import { ProfileEditor } from './ProfileEditor';

const JSON_FILES = [{ name: 'Berichtsprofil (JSON)', extensions: ['json'] }];
const MENU_ID = 'profile-actions-menu';

interface Question {
  title: string;
  text: string;
  confirmLabel: string;
  destructive?: boolean;
  run: () => Promise<void>;
}

export function ProfileActions({
  profile,
  profiles,
  onSelect,
}: {
  /** The profile shown now (stored or built-in). */
  profile: ReportProfile;
  /** Every profile to choose from (availableProfiles). */
  profiles: readonly ReportProfile[];
  /** Shows another profile (after a copy or an import). */
  onSelect: (profileId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const lead = useLeadMode();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'copy' | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const name = profileWording(profile, language).name;
  const builtin = isBuiltinProfileId(profile.id);
  const customised = builtin && storedProfiles(vault.store).some((p) => p.id === profile.id);

  const exportProfile = async () => {
    try {
      if (await host.saveFile(profileFileName(name), profileFileBytes(profile), JSON_FILES)) {
        notify({ key: 'reportProfiles.exported', params: { name } });
      }
    } catch {
      setProblem(t('reportProfiles.exportFailed'));
    }
  };

  const importProfile = async () => {
    const file = await host.openFile(JSON_FILES, PROFILE_FILE_MAX_BYTES);
    if (!file) return;
    const refuse = (key: string, values?: Record<string, unknown>) =>
      setProblem(
        t('reportProfiles.importFailed', {
          file: file.name,
          problem: translateDataKey(t, key, values, 'reportProfiles.file.invalid'),
        }),
      );
    if (file.status === 'too-large') {
      return refuse('reportProfiles.file.tooLarge', { max: Math.round(PROFILE_FILE_MAX_BYTES / 1024) });
    }
    const read = readProfileFile(file.data);
    if (!read.ok) return refuse(read.problem.key, read.problem.values);
    const plan = planProfileImport(
      read.profile,
      profiles.map((p) => ({ id: p.id, name: profileWording(p, language).name })),
      profileWording(read.profile, language).name,
    );
    const take = async () => {
      await saveProfile(vault, plan.profile);
      onSelect(plan.profile.id);
      const shown = profileWording(plan.profile, language).name;
      notify(
        plan.kind === 'copy'
          ? { key: 'reportProfiles.importedAsCopy', params: { name: shown } }
          : { key: 'reportProfiles.imported', params: { name: shown } },
      );
    };
    if (plan.kind !== 'builtin') return take().catch(() => setProblem(t('inquiries.saveFailed')));
    // A built-in profile's version replaces the one here: ask first.
    const replaced = profileWording(plan.profile, language).name;
    const hasCopy = storedProfiles(vault.store).some((p) => p.id === plan.profile.id);
    setQuestion({
      title: t('reportProfiles.importReplace.title'),
      text: t(
        hasCopy ? 'reportProfiles.importReplace.textCustomised' : 'reportProfiles.importReplace.textShipped',
        {
          file: file.name,
          name: replaced,
        },
      ),
      confirmLabel: t('reportProfiles.importReplace.confirm'),
      destructive: hasCopy,
      run: take,
    });
  };

  const askReset = () =>
    setQuestion({
      title: t('reportProfiles.reset.title'),
      text: t('reportProfiles.reset.text', { name }),
      confirmLabel: t('reportProfiles.reset.confirm'),
      destructive: true,
      run: async () => {
        await deleteProfile(vault, profile.id);
        notify({ key: 'reportProfiles.reset.done', params: { name } });
      },
    });

  const askDelete = () =>
    setQuestion({
      title: t('reportProfiles.delete.title'),
      text: t('reportProfiles.delete.text', { name }),
      confirmLabel: t('reportProfiles.delete.confirm'),
      destructive: true,
      run: async () => {
        await deleteProfile(vault, profile.id);
        onSelect(profiles[0]!.id);
        notify({ key: 'reportProfiles.delete.done', params: { name } });
      },
    });

  const answer = async (ok: boolean) => {
    const asked = question;
    setQuestion(null);
    if (!ok || !asked) return;
    try {
      await asked.run();
    } catch {
      setProblem(t('inquiries.saveFailed'));
    }
  };

  // Menu items run after the menu has closed, so the focus is back on its button first.
  const item = (label: string, run: () => unknown) => (
    <MenuItem
      onClick={() => {
        setAnchor(null);
        void run();
      }}
    >
      {label}
    </MenuItem>
  );

  const shared = (
    <>
      <ConfirmDialog
        open={!!question}
        title={question?.title ?? ''}
        text={question?.text ?? ''}
        confirmLabel={question?.confirmLabel ?? ''}
        cancelLabel={t('reportProfiles.cancel')}
        destructive={question?.destructive}
        onConfirm={() => void answer(true)}
        onCancel={() => void answer(false)}
      />
      <Dialog open={!!problem} onClose={() => setProblem(null)} aria-labelledby="profile-problem-title">
        <DialogTitle id="profile-problem-title">{t('reportProfiles.problemTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText role="alert">{problem}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setProblem(null)} variant="contained" autoFocus>
            {t('reportProfiles.ok')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );

  if (lead) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', minHeight: 56 }}>
        <Button variant="outlined" onClick={() => void exportProfile()}>
          {t('reportProfiles.actions.export')}
        </Button>
        {shared}
      </Stack>
    );
  }

  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minHeight: 56 }}>
      <Button variant="outlined" onClick={() => setDialog('edit')}>
        {t('reportProfiles.actions.edit')}
      </Button>
      <Tooltip title={t('reportProfiles.actions.more')}>
        <IconButton
          aria-label={t('reportProfiles.actions.more')}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          aria-controls={anchor ? MENU_ID : undefined}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <MoreVertIcon />
        </IconButton>
      </Tooltip>
      <Menu id={MENU_ID} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {item(t('reportProfiles.actions.copy'), () => setDialog('copy'))}
        {item(t('reportProfiles.actions.export'), exportProfile)}
        {item(t('reportProfiles.actions.import'), importProfile)}
        {customised && item(t('reportProfiles.actions.reset'), askReset)}
        {!builtin && item(t('reportProfiles.actions.delete'), askDelete)}
      </Menu>
      <ProfileEditor
        open={dialog === 'edit'}
        onClose={() => setDialog(null)}
        profile={profile}
        profiles={profiles}
      />
      <CopyProfileDialog
        open={dialog === 'copy'}
        onClose={() => setDialog(null)}
        profile={profile}
        profiles={profiles}
        onCopied={onSelect}
      />
      {shared}
    </Stack>
  );
}
