// The inquiry's second block ("Weitere Angaben"): how and when it came in, who handled it, the
// contact in the network, target group, Handlungsfeld, municipality and the number of persons concerned.
import { useWatch } from 'react-hook-form';
import { Divider, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { selectableEntries } from '../../../shared/domain/categories';
import type { Organisation, Person } from '../../../shared/domain/network';
import type { InquiryDraft } from '../../../shared/domain/inquiry';
import { useOrganisations, usePersons, useSettings } from '../../data/hooks';
import { displayPerson } from '../../data/network';
import { formFields } from '../../components/form/fields';
import { DrawnAfter } from '../../components/DrawnAfter';
import type { Resources } from '../../i18n/de';

const F = formFields<InquiryDraft>();

/** Inside the inquiry's FormDialogForm, whose form it uses; drawn in two turns (see DrawnAfter). */
export function InquiryMoreFields() {
  const { t } = useTranslation();
  return (
    <>
      <DrawnAfter minHeight={128}>
        <Divider sx={{ my: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {t('inquiries.more')}
          </Typography>
        </Divider>
        <HowAndWhen />
      </DrawnAfter>
      <DrawnAfter minHeight={144}>
        <WhoAndWhere />
      </DrawnAfter>
    </>
  );
}

function HowAndWhen() {
  const { t } = useTranslation();
  const l = (key: keyof Resources['inquiries']['fields']) => t(`inquiries.fields.${key}`);
  const { lists } = useSettings();
  const channel = useWatch<InquiryDraft, 'channel'>({ name: 'channel' });
  const channels = selectableEntries(lists.channels, [channel]);
  return (
    <Grid container spacing={2}>
      <F.Select name="channel" label={l('channel')} cell={4} required fullWidth options={channels} />
      <F.DateTime name="receivedAt" label={l('receivedAt')} cell={4} />
      <F.Category name="handledBy" label={l('handledBy')} cell={4} entries={lists.teamMembers} />
    </Grid>
  );
}

function WhoAndWhere() {
  const { t } = useTranslation();
  const l = (key: keyof Resources['inquiries']['fields']) => t(`inquiries.fields.${key}`);
  const { lists } = useSettings();
  const organisations = useOrganisations();
  const persons = usePersons();
  const contacts = contactOptions(organisations, persons);
  return (
    <Grid container spacing={2} sx={{ mt: 2 }}>
      <F.Category
        name="requesterContact"
        label={t('inquiries.requesterContact')}
        cell={8}
        entries={contacts}
      />
      <F.Category name="targetGroup" label={l('targetGroup')} cell={4} entries={lists.targetGroups} />
      {/* The Handlungsfelder are long ("Querschnittsthema: Antidiskriminierung und Demokratie"). */}
      <F.Category name="fieldOfAction" label={l('fieldOfAction')} cell={8} entries={lists.fieldsOfAction} />
      <F.Category name="municipality" label={l('municipality')} cell={4} entries={lists.municipalities} />
      <F.Number name="affectedPersons" label={l('affectedPersons')} cell={4} kind="count" />
    </Grid>
  );
}

type Contact = { id: string; label: string };
let lastContacts: { organisations: Organisation[]; persons: Person[]; contacts: Contact[] } | undefined;

/**
 * "Anfragende Organisation / Person": every organisation and person of the network. Kept between
 * openings of the form while the network is unchanged (5,000 entries at twice the ten-year size).
 */
function contactOptions(organisations: Organisation[], persons: Person[]): Contact[] {
  if (lastContacts?.organisations !== organisations || lastContacts.persons !== persons) {
    const orgNames = new Map(organisations.map((o) => [o.id, o]));
    const contacts = [
      ...organisations.map((o) => ({ id: `org:${o.id}`, label: o.name })),
      ...persons.map((p) => ({ id: `person:${p.id}`, label: displayPerson(p, orgNames) })),
    ];
    lastContacts = { organisations, persons, contacts };
  }
  return lastContacts.contacts;
}
