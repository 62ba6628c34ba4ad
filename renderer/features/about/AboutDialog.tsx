// "Über Anlaufstelle": version, and the licences of the bundled libraries (licenses.json, generated
// at build time from the lockfile by build/licenses.ts).
import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { host, type AppInfo } from '../../host';

interface LicenceEntry {
  name: string;
  version: string;
  license: string | null;
}

function isLicenceList(value: unknown): value is { packages: LicenceEntry[] } {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { packages?: unknown }).packages)
  );
}

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [licences, setLicences] = useState<LicenceEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void host.getAppInfo().then((i) => live && setInfo(i));
    fetch('./licenses.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((list: unknown) => {
        if (!isLicenceList(list)) throw new Error('unexpected licence list');
        if (live) setLicences(list.packages);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [open]);

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="about-title">
      <DialogTitle id="about-title">{t('desktop.about.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="h6" component="p">
          {t('app.name')}
        </Typography>
        {info && (
          <Typography data-testid="about-version">
            {t('desktop.about.version', { version: info.version || '–' })} ·{' '}
            {info.platform === 'browser'
              ? t('desktop.about.browserApp')
              : t('desktop.about.desktopApp', { platform: info.platform })}
          </Typography>
        )}
        <Typography sx={{ mt: 1 }}>{t('desktop.about.description')}</Typography>
        <Typography id="about-licences" variant="h6" component="h3" sx={{ mt: 3 }}>
          {t('desktop.about.licences')}
        </Typography>
        {failed && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('desktop.about.licencesFailed')}
          </Alert>
        )}
        {licences && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('desktop.about.licencesCount', { count: licences.length })}{' '}
              {t('desktop.about.runtimeLicences')}
            </Typography>
            <Box
              tabIndex={0}
              role="region"
              aria-labelledby="about-licences"
              sx={{ maxHeight: 320, overflow: 'auto' }}
            >
              <Table size="small" stickyHeader aria-labelledby="about-licences">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('desktop.about.library')}</TableCell>
                    <TableCell>{t('desktop.about.libraryVersion')}</TableCell>
                    <TableCell>{t('desktop.about.licence')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {licences.map((l) => (
                    <TableRow key={`${l.name}@${l.version}`}>
                      <TableCell>{l.name}</TableCell>
                      <TableCell>{l.version}</TableCell>
                      <TableCell>{l.license ?? t('desktop.about.licenceUnknown')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('desktop.about.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
