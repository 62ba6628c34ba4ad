// On an organisation's page: inquiries typed before the organisation was recorded name it only as
// free text ("Verwiesen an: Migrationsberatung Caritas Salzwedel"). Linking them makes those
// referrals count for this partner (and no longer as "Verweise ohne Partnereintrag").
import { useMemo, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { referralTextsNaming } from '../../../shared/domain/organisationMerge';
import { useDialogs } from '../../components/dialogs';
import { useInquiries } from '../../data/hooks';
import { linkReferralTexts } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';

export function ReferralLinkPrompt({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const inquiries = useInquiries();
  const named = useMemo(() => referralTextsNaming(name, inquiries), [name, inquiries]);
  const [busy, setBusy] = useState(false);
  if (named.inquiryIds.length === 0) return null;

  const link = async () => {
    setBusy(true);
    try {
      const count = await linkReferralTexts(vault, { id, name });
      dialogs.notify(t('networkEdit.linked', { count }));
    } catch {
      dialogs.notify(t('networkEdit.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" disabled={busy} onClick={() => void link()}>
          {t('networkEdit.linkReferrals')}
        </Button>
      }
    >
      {t('networkEdit.referralTexts', { count: named.inquiryIds.length, text: named.texts.join('‘, ‚') })}
    </Alert>
  );
}
