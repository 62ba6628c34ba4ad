// Netzwerk: organisations, people, volunteer guides and network care, with import and export.
import { useMemo, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Link,
  Menu,
  MenuItem,
  Paper,
  Stack,
  Tab,
  TableCell,
  Tabs,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { contactsToCsv } from '../../../shared/codecs/contactsCsv';
import { contactsToVcards } from '../../../shared/codecs/vcard';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { toDay } from '../../../shared/domain/calendarDay';
import { labelOf } from '../../../shared/domain/categories';
import {
  allowanceTotal,
  isActiveVolunteer,
  volunteerMeetings,
  partnersToContact,
  personName,
} from '../../../shared/domain/network';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { NetworkTable } from './NetworkTable';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useActivities, useOrganisations, usePersons, useSettings } from '../../data/hooks';
import { contactsForExport, lastContactsOf } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { ImportDialog } from './ImportDialog';
import { OrganisationPage } from './OrganisationPage';
import { NETWORK_TABS, routes, type Navigate, type NetworkTab } from '../../routing/routes';

const TABS = NETWORK_TABS;
type TabKey = NetworkTab;
const TAB_LABEL = {
  organisationen: 'network.tabs.organisations',
  personen: 'network.tabs.persons',
  lotsen: 'network.tabs.volunteers',
  pflege: 'network.tabs.care',
} as const satisfies Record<TabKey, string>;

export function NetworkScreen({
  param,
  sub,
  navigate,
}: {
  param?: string;
  sub?: string;
  navigate: Navigate;
}) {
  if (param === 'org' && sub) return <OrganisationPage id={sub} navigate={navigate} />;
  const tab: TabKey = TABS.includes(param as TabKey) ? (param as TabKey) : 'organisationen';
  return <NetworkOverview tab={tab} navigate={navigate} />;
}

function NetworkOverview({ tab, navigate }: { tab: TabKey; navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const settings = useSettings();
  const organisations = useOrganisations();
  const persons = usePersons();
  const activities = useActivities();
  const now = useNow();
  const [importOpen, setImportOpen] = useState(false);
  const [exportMenu, setExportMenu] = useState<HTMLElement | null>(null);
  const [exportFormat, setExportFormat] = useState<'csv' | 'vcf' | null>(null);
  const [scrollParent, setScrollParent] = useState<HTMLElement | null>(null);
  const orgById = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const today = toDay(now);
  const last = lastContactsOf(vault.store, today);

  const doExport = async () => {
    const format = exportFormat;
    setExportFormat(null);
    const contacts = contactsForExport(vault.store);
    const data = format === 'csv' ? contactsToCsv(contacts) : contactsToVcards(contacts);
    const saved = await host.saveFile(format === 'csv' ? 'Kontakte.csv' : 'Kontakte.vcf', utf8Encode(data), [
      format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'vCard', extensions: ['vcf'] },
    ]);
    if (saved) dialogs.notify(t('network.exported', { count: contacts.length }));
  };

  const orgLink = (id: string, name: string) => (
    <Link
      component="button"
      type="button"
      onClick={() => navigate(routes.organisation(id))}
      // Back from the organisation's page, the focus returns here (useFocusOnScreenChange).
      data-focus-key={id}
      sx={{ textAlign: 'left' }}
    >
      {name}
    </Link>
  );

  let body;
  if (tab === 'organisationen') {
    body =
      organisations.length === 0 ? (
        <Typography color="text.secondary">{t('network.emptyOrganisations')}</Typography>
      ) : (
        <NetworkTable
          label={t('network.tabs.organisations')}
          scrollParent={scrollParent}
          rows={organisations}
          header={
            <>
              <TableCell>{t('network.org.name')}</TableCell>
              <TableCell sx={{ width: '28%' }}>{t('network.org.type')}</TableCell>
              <TableCell sx={{ width: '16%' }}>{t('network.org.phone')}</TableCell>
              <TableCell sx={{ width: '16%' }}>{t('network.org.lastContact')}</TableCell>
            </>
          }
          row={(o) => (
            <>
              <TableCell>{orgLink(o.id, o.name)}</TableCell>
              <TableCell>{labelOf(settings.lists.organisationTypes, o.type)}</TableCell>
              <TableCell>{o.phone}</TableCell>
              <TableCell>{last.get(o.id) ? fmt.day(last.get(o.id)!) : t('network.never')}</TableCell>
            </>
          )}
        />
      );
  } else if (tab === 'personen') {
    body =
      persons.length === 0 ? (
        <Typography color="text.secondary">{t('network.emptyPersons')}</Typography>
      ) : (
        <NetworkTable
          label={t('network.tabs.persons')}
          scrollParent={scrollParent}
          rows={persons}
          header={
            <>
              <TableCell>{t('network.org.name')}</TableCell>
              <TableCell sx={{ width: '16%' }}>{t('network.person.function')}</TableCell>
              <TableCell sx={{ width: '20%' }}>{t('network.person.organisation')}</TableCell>
              <TableCell sx={{ width: '22%' }}>{t('network.person.email')}</TableCell>
              <TableCell sx={{ width: '13%' }}>{t('network.person.phone')}</TableCell>
              <TableCell sx={{ width: '13%' }}>{t('network.person.consent')}</TableCell>
            </>
          }
          row={(p) => {
            const org = p.organisationId ? orgById.get(p.organisationId) : undefined;
            return (
              <>
                <TableCell>
                  <Link component="button" type="button" onClick={() => dialogs.person({ id: p.id })}>
                    {personName(p)}
                  </Link>
                  {p.volunteer && <Chip size="small" sx={{ ml: 1 }} label={t('network.person.volunteer')} />}
                </TableCell>
                <TableCell>{p.function}</TableCell>
                <TableCell>{org ? orgLink(org.id, org.name) : ''}</TableCell>
                <TableCell>{p.email}</TableCell>
                <TableCell>{[p.phone, p.mobile].filter(Boolean).join(' · ')}</TableCell>
                <TableCell>
                  {!p.consent
                    ? t('networkEdit.consentNone')
                    : p.consent.withdrawnOn
                      ? t('network.person.consentWithdrawnOn', {
                          date: fmt.day(p.consent.withdrawnOn),
                        })
                      : t('network.person.consentActive', { date: fmt.day(p.consent.givenOn) })}
                </TableCell>
              </>
            );
          }}
        />
      );
  } else if (tab === 'lotsen') {
    const active = persons.filter((p) => isActiveVolunteer(p, today));
    const year = now.getFullYear();
    const { lastMeeting, meetingsThisYear } = volunteerMeetings(activities, today);
    body =
      active.length === 0 ? (
        <Typography color="text.secondary">{t('network.emptyVolunteers')}</Typography>
      ) : (
        <NetworkTable
          label={t('network.tabs.volunteers')}
          scrollParent={scrollParent}
          rows={active}
          header={
            <>
              <TableCell>{t('network.org.name')}</TableCell>
              <TableCell sx={{ width: '16%' }}>{t('network.person.area')}</TableCell>
              <TableCell sx={{ width: '16%' }}>{t('network.person.languages')}</TableCell>
              <TableCell sx={{ width: '14%' }}>{t('network.person.lastMeeting')}</TableCell>
              <TableCell sx={{ width: '12%' }} align="right">
                {t('network.person.meetingsYear', { year })}
              </TableCell>
              <TableCell sx={{ width: '14%' }} align="right">
                {t('network.person.yearTotal', { year })}
              </TableCell>
            </>
          }
          row={(p) => (
            <>
              <TableCell>
                <Link component="button" type="button" onClick={() => dialogs.person({ id: p.id })}>
                  {personName(p)}
                </Link>
              </TableCell>
              <TableCell>{labelOf(settings.lists.municipalities, p.volunteer?.municipality)}</TableCell>
              <TableCell>{p.languages.join(', ')}</TableCell>
              <TableCell>
                {lastMeeting.get(p.id) ? fmt.day(lastMeeting.get(p.id)!) : t('network.never')}
              </TableCell>
              <TableCell align="right">{meetingsThisYear.get(p.id) ?? 0}</TableCell>
              <TableCell align="right">
                {fmt.euro(allowanceTotal(p.volunteer?.allowances ?? [], year))}
              </TableCell>
            </>
          )}
        />
      );
  } else {
    const due = partnersToContact(organisations, last, now, settings.networkCareMonths);
    body = (
      <>
        <Typography sx={{ mb: 1 }}>
          {due.length
            ? t('network.careIntro', { months: settings.networkCareMonths })
            : t('network.careEmpty', { months: settings.networkCareMonths })}
        </Typography>
        {due.length > 0 && (
          <NetworkTable
            label={t('network.tabs.care')}
            scrollParent={scrollParent}
            rows={due.map((d) => ({ ...d, id: d.organisation.id }))}
            header={
              <>
                <TableCell>{t('network.org.name')}</TableCell>
                <TableCell sx={{ width: '16%' }}>{t('network.org.lastContact')}</TableCell>
              </>
            }
            row={({ organisation, lastContact }) => (
              <>
                <TableCell>{orgLink(organisation.id, organisation.name)}</TableCell>
                <TableCell>{lastContact ? fmt.day(lastContact) : t('network.never')}</TableCell>
              </>
            )}
          />
        )}
      </>
    );
  }

  return (
    // The scroll container has no padding of its own (see NetworkTable); the inner box has it.
    <Box sx={{ overflow: 'auto' }} ref={setScrollParent}>
      <Box sx={{ p: 3 }}>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1.5}
          sx={{ alignItems: { md: 'center' }, mb: 2 }}
        >
          <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
            {t('network.title')}
          </Typography>
          <Button startIcon={<UploadFileIcon />} onClick={() => setImportOpen(true)}>
            {t('network.import')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            onClick={(e) => setExportMenu(e.currentTarget)}
            aria-haspopup="menu"
          >
            {t('network.exportTitle')}
          </Button>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => dialogs.person({})}>
            {t('network.newPerson')}
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => dialogs.organisation({})}>
            {t('network.newOrganisation')}
          </Button>
        </Stack>
        <Menu anchorEl={exportMenu} open={!!exportMenu} onClose={() => setExportMenu(null)}>
          <MenuItem
            onClick={() => {
              setExportMenu(null);
              setExportFormat('csv');
            }}
          >
            {t('network.exportCsv')}
          </MenuItem>
          <MenuItem
            onClick={() => {
              setExportMenu(null);
              setExportFormat('vcf');
            }}
          >
            {t('network.exportVcard')}
          </MenuItem>
        </Menu>
        <Tabs
          value={tab}
          onChange={(_e, v: TabKey) => navigate(routes.network(v))}
          aria-label={t('network.title')}
          sx={{ mb: 2 }}
          variant="scrollable"
        >
          {TABS.map((key) => (
            <Tab
              key={key}
              value={key}
              label={t(TAB_LABEL[key])}
              id={`network-tab-${key}`}
              aria-controls="network-panel"
            />
          ))}
        </Tabs>
        <Paper id="network-panel" role="tabpanel" aria-labelledby={`network-tab-${tab}`} sx={{ p: 2 }}>
          {body}
        </Paper>
        <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} />
        <ConfirmDialog
          open={!!exportFormat}
          title={t('network.exportTitle')}
          text={t('network.exportWarning')}
          confirmLabel={t('network.exportConfirm')}
          cancelLabel={t('form.cancel')}
          onCancel={() => setExportFormat(null)}
          onConfirm={() => void doExport()}
        />
      </Box>
    </Box>
  );
}
