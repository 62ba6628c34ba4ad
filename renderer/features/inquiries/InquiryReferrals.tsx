// "Verwiesen an" bound to the inquiry form: referral texts used before are offered, network
// organisations can be chosen or (on purpose) created from a typed name.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InquiryDraft } from '../../../shared/domain/inquiry';
import { emptyOrganisation } from '../../../shared/domain/network';
import { freeReferralLabels } from '../../../shared/stats/inquiryColumns';
import { useInquiries, useOrganisations } from '../../data/hooks';
import { saveOrganisation } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { useDialogs } from '../../components/dialogs';
import { ReferralField } from './ReferralField';

export function InquiryReferrals({
  form,
  input,
  onInputChange,
}: {
  form: UseFormReturn<InquiryDraft>;
  /** Typed but not yet taken: kept by the form, which saves it as it stands. */
  input: string;
  onInputChange: (input: string) => void;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const { control, setValue } = form;
  const inquiries = useInquiries();
  const organisations = useOrganisations();
  const referrals = useWatch({ control, name: 'referrals' });
  const referralOrgIds = useWatch({ control, name: 'referralOrgIds' });
  const referralOptions = freeReferralLabels(inquiries);
  return (
    <ReferralField
      orgs={organisations}
      referralOptions={referralOptions}
      texts={referrals}
      orgIds={referralOrgIds}
      input={input}
      onInputChange={onInputChange}
      onChange={(texts, orgIds) => {
        setValue('referrals', texts, { shouldDirty: true });
        setValue('referralOrgIds', orgIds, { shouldDirty: true });
      }}
      onCreateOrganisation={async (name) => {
        const org = await saveOrganisation(vault, undefined, emptyOrganisation(name));
        notify(t('inquiries.organisationCreated', { name }));
        return org.id;
      }}
    />
  );
}
