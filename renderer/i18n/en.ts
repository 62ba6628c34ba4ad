// The English texts, assembled from the areas' <area>.en.ts files; typed against the German ones
// so both languages always have the same keys.
import type { DeepStrings } from './deepStrings';
import type { Resources } from './de';
import { shellEn } from './shell.en';
import { vaultEn } from './vault.en';
import { commonEn } from './common.en';
import { todayEn } from './today.en';
import { inquiriesEn } from './inquiries.en';
import { inquiryActionsEn } from './inquiryActions.en';
import { followupsEn } from './followups.en';
import { networkEn } from './network.en';
import { activitiesEn } from './activities.en';
import { contactImportEn } from './contactImport.en';
import { dashboardEn } from './dashboard.en';
import { figuresEn } from './figures.en';
import { reportEn } from './report.en';
import { reportProfilesEn } from './reportProfiles.en';
import { settingsEn } from './settings.en';
import { desktopEn } from './desktop.en';
import { safetyEn } from './safety.en';
import { rekeyEn } from './rekey.en';
import { recordsEn } from './records.en';
import { miscEn } from './misc.en';
import { windowEn } from './window.en';
import { webModeEn } from './webMode.en';
import { formDialogEn } from './formDialog.en';
import { teamEn } from './team.en';
import { workloadEn } from './workload.en';
import { fundingEn } from './funding.en';
import { outreachEn } from './outreach.en';
import { eventsEn } from './events.en';
import { eventExportsEn } from './eventExports.en';
import { guideEn } from './guide.en';
import { newsletterEn } from './newsletter.en';
import { kennzahlenEn } from './kennzahlen.en';

export const en: DeepStrings<Resources> = {
  ...shellEn,
  ...vaultEn,
  ...commonEn,
  ...todayEn,
  ...inquiriesEn,
  ...inquiryActionsEn,
  ...followupsEn,
  ...networkEn,
  ...activitiesEn,
  ...contactImportEn,
  ...dashboardEn,
  ...figuresEn,
  ...reportEn,
  ...reportProfilesEn,
  ...settingsEn,
  ...desktopEn,
  ...safetyEn,
  ...rekeyEn,
  ...recordsEn,
  ...miscEn,
  ...windowEn,
  ...webModeEn,
  ...formDialogEn,
  ...teamEn,
  ...workloadEn,
  ...fundingEn,
  ...outreachEn,
  ...eventsEn,
  ...eventExportsEn,
  ...guideEn,
  ...newsletterEn,
  ...kennzahlenEn,
};
