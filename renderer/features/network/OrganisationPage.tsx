// One organisation: its details, its people, inquiries where it asked or was referred to, its
// activities, and the last contact.
import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { labelOf } from '../../../shared/domain/categories';
import { lastContacts, personName } from '../../../shared/domain/network';
import { DefinitionList } from '../../components/DefinitionList';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useActivities, useInquiries, useOutreachFile, usePersons, useSettings } from '../../data/hooks';
import { getOrganisation } from '../../data/network';
import { OrganisationRemovalActions } from './OrganisationRemoval';
import { ReferralLinkPrompt } from './ReferralLinkPrompt';
import { RecordConflicts } from '../team';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';

export function OrganisationPage({ id, navigate }: { id: string; navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  useStoreVersion();
  const dialogs = useDialogs();
  const { lists } = useSettings();
  const inquiries = useInquiries();
  const persons = usePersons();
  const activities = useActivities();
  const outreach = useOutreachFile();
  const org = getOrganisation(vault.store, id);
  const today = toDay(useNow());

  const model = useMemo(() => {
    const asked = inquiries.filter((i) => i.requesterOrgId === id);
    const referred = inquiries.filter((i) => i.referralOrgIds?.includes(id));
    const acts = activities.filter((a) => a.organisationIds.includes(id));
    const last = lastContacts([...asked, ...referred], acts, today).get(id);
    const seriesTitle = new Map(outreach.series.map((s) => [s.id, s.title]));
    return {
      asked,
      referred,
      acts,
      last,
      people: persons.filter((p) => p.organisationId === id),
      // What it offers in the Wegweiser and contributes to event series: kept current from here too.
      offers: outreach.offers.filter((o) => o.organisationId === id),
      contributions: outreach.contributions
        .filter((c) => c.organisationId === id)
        .map((c) => ({ ...c, seriesTitle: seriesTitle.get(c.seriesId) ?? '' })),
    };
  }, [id, inquiries, activities, persons, outreach, today]);

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(routes.network())}>
      {t('network.org.back')}
    </Button>
  );
  if (!org) {
    return (
      <Box sx={{ p: 3 }}>
        {back}
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('network.org.notFound')}
        </Alert>
      </Box>
    );
  }

  const fields: Array<[string, string]> = [
    [t('network.org.type'), labelOf(lists.organisationTypes, org.type) || '–'],
    [t('network.org.address'), org.address || '–'],
    [t('network.org.phone'), org.phone || '–'],
    [t('network.org.email'), org.email || '–'],
    [t('network.org.website'), org.website || '–'],
    [t('network.org.offers'), org.offers.map((x) => labelOf(lists.topics, x)).join(', ') || '–'],
    [t('network.org.offersText'), org.offersText || '–'],
    [t('network.org.memberSince'), org.memberSince ? fmt.day(org.memberSince) : '–'],
    [
      t('network.org.memberships'),
      org.memberships.map((x) => labelOf(lists.workingGroups, x)).join(', ') || '–',
    ],
    [t('network.org.lastContact'), model.last ? fmt.day(model.last) : t('network.never')],
  ];

  const section = (
    key: string,
    title: string,
    items: Array<{ id: string; primary: React.ReactNode; secondary?: string }>,
  ) => (
    <Paper component="section" aria-labelledby={`org-${key}`} sx={{ p: 2 }}>
      <Typography id={`org-${key}`} variant="h6" component="h2">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('network.org.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {items.slice(0, 50).map((item) => (
            <ListItem key={item.id} disableGutters divider>
              <ListItemText primary={item.primary} secondary={item.secondary} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );

  const inquiryItem = (i: (typeof model.asked)[number]) => ({
    id: i.id,
    primary: (
      <Link
        component="button"
        type="button"
        onClick={() => navigate(routes.inquiry(i.id))}
        sx={{ textAlign: 'left' }}
      >
        {i.subject}
      </Link>
    ),
    secondary: fmt.dateTime(i.receivedAt),
  });

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      {back}
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mt: 1, mb: 2, alignItems: { md: 'center' } }}
      >
        <Typography variant="h4" component="h1" sx={{ flex: 1, wordBreak: 'break-word' }}>
          {org.name}
        </Typography>
        <Button
          variant="contained"
          startIcon={<EditIcon />}
          onClick={() => dialogs.organisation({ id: org.id })}
        >
          {t('inquiries.editButton')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<PersonAddIcon />}
          onClick={() => dialogs.person({ organisationId: org.id })}
        >
          {t('network.newPerson')}
        </Button>
        <OrganisationRemovalActions org={org} navigate={navigate} />
      </Stack>
      <ReferralLinkPrompt id={org.id} name={org.name} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Paper sx={{ p: 2 }}>
            <DefinitionList items={fields} labelWidth={200} />
            {org.notes && <Typography sx={{ mt: 2, whiteSpace: 'pre-wrap' }}>{org.notes}</Typography>}
            <RecordConflicts table="organisations" id={org.id} />
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Stack spacing={2}>
            {section(
              'people',
              t('network.org.people'),
              model.people.map((p) => ({
                id: p.id,
                primary: (
                  <Link component="button" type="button" onClick={() => dialogs.person({ id: p.id })}>
                    {personName(p)}
                  </Link>
                ),
                secondary: [p.function, p.email, p.phone, p.mobile].filter(Boolean).join(' · '),
              })),
            )}
            {section('asked', t('network.org.asRequester'), model.asked.map(inquiryItem))}
            {section('referred', t('network.org.asReferral'), model.referred.map(inquiryItem))}
            {section(
              'activities',
              t('network.org.activities'),
              model.acts.map((a) => ({ id: a.id, primary: a.title, secondary: fmt.day(a.date) })),
            )}
            {section(
              'guide',
              t('network.org.guideOffers'),
              model.offers.map((o) => ({
                id: o.id,
                primary: (
                  <Link
                    component="button"
                    type="button"
                    onClick={() => navigate(routes.outreach('wegweiser'))}
                    sx={{ textAlign: 'left' }}
                  >
                    {o.title}
                  </Link>
                ),
                secondary: [
                  o.checkedOn
                    ? t('network.org.checkedOn', { day: fmt.day(o.checkedOn) })
                    : t('network.org.neverChecked'),
                  o.publishConsent ? t('network.org.publishConsent') : t('network.org.noPublishConsent'),
                ].join(' · '),
              })),
            )}
            {section(
              'contributions',
              t('network.org.contributions'),
              model.contributions.map((c) => ({
                id: c.id,
                primary: (
                  <Link
                    component="button"
                    type="button"
                    onClick={() => navigate(routes.eventSeries(c.seriesId))}
                    sx={{ textAlign: 'left' }}
                  >
                    {c.title}
                  </Link>
                ),
                secondary: [fmt.day(c.date), c.seriesTitle].filter(Boolean).join(' · '),
              })),
            )}
          </Stack>
        </Grid>
      </Grid>
    </Box>
  );
}
