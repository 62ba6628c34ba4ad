// The inquiry's second block ("Weitere Angaben"): how and when it came in, who handled it, the
// contact in the network, target group, municipality and the number of persons concerned.
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { Divider, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { selectableEntries } from '../../../shared/domain/categories';
import type { InquiryDraft } from '../../../shared/domain/inquiry';
import { useOrganisations, usePersons, useSettings } from '../../data/hooks';
import { displayPerson } from '../../data/network';
import {
  FormCategoryField,
  FormDateTimeField,
  FormNumberField,
  FormSelectField,
} from '../../components/form/fields';

export function InquiryMoreFields({ control }: { control: Control<InquiryDraft> }) {
  const { t } = useTranslation();
  const { lists } = useSettings();
  const channel = useWatch({ control, name: 'channel' });
  const organisations = useOrganisations();
  const persons = usePersons();
  const contactEntries = useMemo(() => {
    const orgNames = new Map(organisations.map((o) => [o.id, o]));
    return [
      ...organisations.map((o) => ({ id: `org:${o.id}`, label: o.name })),
      ...persons.map((p) => ({ id: `person:${p.id}`, label: displayPerson(p, orgNames) })),
    ];
  }, [organisations, persons]);
  return (
    <>
      <Divider sx={{ my: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('inquiries.more')}
        </Typography>
      </Divider>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelectField
            control={control}
            name="channel"
            label={t('inquiries.fields.channel')}
            required
            fullWidth
            options={selectableEntries(lists.channels, [channel])}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDateTimeField control={control} name="receivedAt" label={t('inquiries.fields.receivedAt')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="handledBy"
            label={t('inquiries.fields.handledBy')}
            entries={lists.teamMembers}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <FormCategoryField
            control={control}
            name="requesterContact"
            label={t('inquiries.requesterContact')}
            entries={contactEntries}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="targetGroup"
            label={t('inquiries.fields.targetGroup')}
            entries={lists.targetGroups}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="municipality"
            label={t('inquiries.fields.municipality')}
            entries={lists.municipalities}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormNumberField
            control={control}
            name="affectedPersons"
            label={t('inquiries.fields.affectedPersons')}
            kind="count"
          />
        </Grid>
      </Grid>
    </>
  );
}
