// The demo vault: a separate database filled with generated ten-year data, so newcomers see full
// dashboards without touching real data. Its password is fixed and shown on its unlock screen.
import type { AnlaufstelleDb } from './db';
import { setUpVault, type OpenVault } from './vault';

export const DEMO_DB_NAME = 'anlaufstelle-demo';
export const DEMO_PASSWORD = 'Beispieldaten-2026!';
const MODE_KEY = 'anlaufstelle.mode';

export function isDemoMode(): boolean {
  return localStorage.getItem(MODE_KEY) === 'demo';
}

export function setDemoMode(on: boolean): void {
  if (on) localStorage.setItem(MODE_KEY, 'demo');
  else localStorage.removeItem(MODE_KEY);
}

/** Creates the demo vault and writes all demo records in one transaction. */
export async function createDemoVault(db: AnlaufstelleDb, now = new Date()): Promise<OpenVault> {
  const vault = await setUpVault(db, DEMO_PASSWORD, now);
  // The generator is only needed once per demo, so it is not part of the start-up code.
  const { demoRecords } = await import('../../shared/demo/dataset');
  const data = demoRecords(now);
  await vault.putAll([
    { table: 'settings', records: data.settings },
    { table: 'inquiries', records: data.inquiries },
    { table: 'followups', records: data.followups },
    { table: 'organisations', records: data.organisations },
    { table: 'persons', records: data.persons },
    { table: 'activities', records: data.activities },
    { table: 'funding', records: data.funding },
    { table: 'outreach', records: data.outreach },
  ]);
  await vault.writeSnapshot();
  return vault;
}
