// Settings card for the global quick-capture shortcut (desktop app only): press the keys, apply;
// a combination another program holds is reported and the previous one stays active.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  acceleratorFromKeyPress,
  DEFAULT_GLOBAL_SHORTCUT,
  formatAccelerator,
} from '../../../shared/desktop/accelerator';
import { host, type ShortcutStatus } from '../../host';
import { useDialogs } from '../../components/dialogs';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import { SettingsSection } from './SettingsSection';

export function GlobalShortcutSetting() {
  const { t, i18n } = useTranslation();
  const dialogs = useDialogs();
  const [status, setStatus] = useState<ShortcutStatus | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'de';
  const show = (a: string) => formatAccelerator(a, language);
  const mac = /Mac/i.test(navigator.platform);
  // A pressed key combination not yet applied counts as input.
  useUnsavedScreenGuard(draft !== null);

  useEffect(() => {
    let live = true;
    void host.getGlobalShortcut().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, []);

  if (host.kind !== 'desktop') return null;

  const apply = async (accelerator: string | null) => {
    setBusy(true);
    try {
      const next = await host.setGlobalShortcut(accelerator);
      setStatus(next);
      if (next && !next.problem) {
        setDraft(null);
        dialogs.notify(t('desktop.shortcut.saved'));
      }
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Tab') return;
    e.preventDefault();
    const accelerator = acceleratorFromKeyPress(e, mac ? 'mac' : 'other');
    if (accelerator) setDraft(accelerator);
  };

  return (
    <SettingsSection
      id="settings-shortcut"
      title={t('desktop.shortcut.title')}
      intro={t('desktop.shortcut.intro')}
    >
      {status && (
        <Stack spacing={2}>
          <Typography role="status">
            {status.accelerator && status.registered
              ? t('desktop.shortcut.active', { shortcut: show(status.accelerator) })
              : t('desktop.shortcut.none')}
          </Typography>
          {status.problem && (
            <Alert severity="warning">
              {status.problem === 'taken'
                ? t('desktop.shortcut.taken', { shortcut: show(status.attempted ?? '') })
                : t('desktop.shortcut.invalid')}
            </Alert>
          )}
          <TextField
            label={t('desktop.shortcut.label')}
            helperText={t('desktop.shortcut.help')}
            value={show(draft ?? status.accelerator ?? '')}
            onKeyDown={onKeyDown}
            slotProps={{ htmlInput: { readOnly: true } }}
            sx={{ maxWidth: 360 }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              disabled={busy || !draft || draft === status.accelerator}
              onClick={() => void apply(draft)}
            >
              {t('desktop.shortcut.apply')}
            </Button>
            <Button disabled={busy} onClick={() => void apply(DEFAULT_GLOBAL_SHORTCUT)}>
              {t('desktop.shortcut.reset')} ({show(DEFAULT_GLOBAL_SHORTCUT)})
            </Button>
            <Button disabled={busy || status.accelerator === null} onClick={() => void apply(null)}>
              {t('desktop.shortcut.off')}
            </Button>
          </Stack>
        </Stack>
      )}
    </SettingsSection>
  );
}
