// The route table: which screen an area shows, with its parameters from the hash.
import { memo } from 'react';
import { ActivitiesScreen } from '../features/activities/ActivitiesScreen';
import { DashboardScreen, WorkloadScreen } from '../features/dashboard';
import { FollowupsScreen } from '../features/followups/FollowupsScreen';
import { FundingScreen } from '../features/funding/FundingScreen';
import { InquiriesScreen } from '../features/inquiries/InquiriesScreen';
import { NetworkScreen } from '../features/network/NetworkScreen';
import { OutreachScreen } from '../features/outreach/OutreachScreen';
import { ReportsArea } from '../features/report/ReportsArea';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import type { Area, Navigate } from '../routing/routes';
import type { Route } from '../routing/useHashRoute';

/** Memoised: a render of the shell (the navigation moving ahead) does not render the screen again. */
export const Screen = memo(function Screen({
  area,
  route,
  navigate,
}: {
  area: Area;
  route: Route;
  navigate: Navigate;
}) {
  switch (area) {
    case 'anfragen':
      return <InquiriesScreen param={route.param} navigate={navigate} />;
    case 'wiedervorlagen':
      return <FollowupsScreen navigate={navigate} />;
    case 'netzwerk':
      return <NetworkScreen param={route.param} sub={route.sub} navigate={navigate} />;
    case 'aktivitaeten':
      return <ActivitiesScreen />;
    case 'oeffentlichkeit':
      return <OutreachScreen param={route.param} sub={route.sub} navigate={navigate} />;
    case 'foerdermittel':
      return <FundingScreen param={route.param} sub={route.sub} navigate={navigate} />;
    case 'auswertung':
      return <DashboardScreen navigate={navigate} />;
    case 'team':
      return <WorkloadScreen navigate={navigate} />;
    case 'jahresbericht':
      return <ReportsArea param={route.param} navigate={navigate} />;
    case 'einstellungen':
      return <SettingsScreen />;
    case 'heute':
      return <TodayScreen navigate={navigate} />;
  }
});
