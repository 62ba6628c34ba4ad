// The German texts, the source of every text key (i18next.d.ts types t() from them). Each area
// keeps its texts in its own <area>.de.ts / <area>.en.ts pair; this file only assembles them.
import { shellDe } from './shell.de';
import { vaultDe } from './vault.de';
import { commonDe } from './common.de';
import { todayDe } from './today.de';
import { inquiriesDe } from './inquiries.de';
import { inquiryActionsDe } from './inquiryActions.de';
import { followupsDe } from './followups.de';
import { networkDe } from './network.de';
import { activitiesDe } from './activities.de';
import { contactImportDe } from './contactImport.de';
import { dashboardDe } from './dashboard.de';
import { figuresDe } from './figures.de';
import { reportDe } from './report.de';
import { reportProfilesDe } from './reportProfiles.de';
import { settingsDe } from './settings.de';
import { desktopDe } from './desktop.de';
import { safetyDe } from './safety.de';
import { rekeyDe } from './rekey.de';
import { recordsDe } from './records.de';
import { miscDe } from './misc.de';
import { windowDe } from './window.de';
import { webModeDe } from './webMode.de';
import { formDialogDe } from './formDialog.de';
import { teamDe } from './team.de';
import { workloadDe } from './workload.de';
import { fundingDe } from './funding.de';
import { outreachDe } from './outreach.de';
import { eventsDe } from './events.de';
import { eventExportsDe } from './eventExports.de';
import { guideDe } from './guide.de';
import { newsletterDe } from './newsletter.de';
import { kennzahlenDe } from './kennzahlen.de';

export const de = {
  ...shellDe,
  ...vaultDe,
  ...commonDe,
  ...todayDe,
  ...inquiriesDe,
  ...inquiryActionsDe,
  ...followupsDe,
  ...networkDe,
  ...activitiesDe,
  ...contactImportDe,
  ...dashboardDe,
  ...figuresDe,
  ...reportDe,
  ...reportProfilesDe,
  ...settingsDe,
  ...desktopDe,
  ...safetyDe,
  ...rekeyDe,
  ...recordsDe,
  ...miscDe,
  ...windowDe,
  ...webModeDe,
  ...formDialogDe,
  ...teamDe,
  ...workloadDe,
  ...fundingDe,
  ...outreachDe,
  ...eventsDe,
  ...eventExportsDe,
  ...guideDe,
  ...newsletterDe,
  ...kennzahlenDe,
};

export type Resources = typeof de;
