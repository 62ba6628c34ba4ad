// Öffentlichkeitsarbeit: the event series (Interkulturelle Woche), the Wegweiser of support offers
// and the newsletter, as tabs. Each tab lives in its own feature; a series or an issue opens on its
// own page.
import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { EventsTab } from '../events';
import { GuideTab } from '../guide';
import { NewsletterTab } from '../newsletter';
import { OUTREACH_TABS, routes, type Navigate, type OutreachTab } from '../../routing/routes';

const TAB_LABEL = {
  veranstaltungen: 'outreach.tabs.events',
  wegweiser: 'outreach.tabs.guide',
  newsletter: 'outreach.tabs.newsletter',
} as const satisfies Record<OutreachTab, string>;

export function OutreachScreen({
  param,
  sub,
  navigate,
}: {
  param?: string;
  sub?: string;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  const tab: OutreachTab = OUTREACH_TABS.includes(param as OutreachTab)
    ? (param as OutreachTab)
    : 'veranstaltungen';
  // A series or an issue has a page of its own, without the tabs.
  if (sub && tab === 'veranstaltungen') return <EventsTab id={sub} navigate={navigate} />;
  if (sub && tab === 'newsletter') return <NewsletterTab id={sub} navigate={navigate} />;
  return (
    <Box sx={{ overflow: 'auto' }}>
      <Stack spacing={2} sx={{ p: 3 }}>
        <Typography variant="h4" component="h1">
          {t('outreach.title')}
        </Typography>
        <Tabs
          value={tab}
          onChange={(_e, v: OutreachTab) => navigate(routes.outreach(v))}
          aria-label={t('outreach.title')}
          variant="scrollable"
        >
          {OUTREACH_TABS.map((key) => (
            <Tab
              key={key}
              value={key}
              label={t(TAB_LABEL[key])}
              id={`outreach-tab-${key}`}
              aria-controls="outreach-panel"
            />
          ))}
        </Tabs>
        <Box id="outreach-panel" role="tabpanel" aria-labelledby={`outreach-tab-${tab}`}>
          {tab === 'veranstaltungen' && <EventsTab navigate={navigate} />}
          {tab === 'wegweiser' && <GuideTab navigate={navigate} />}
          {tab === 'newsletter' && <NewsletterTab navigate={navigate} />}
        </Box>
      </Stack>
    </Box>
  );
}
