// The sync status in words, with the app's German texts: an unreachable server is "Offline" only
// when the computer has no network; with one, the server is named (found by the exploratory round:
// "Offline" sent a coordinator looking at their own network while the county's server was down).
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../renderer/components/format';
import { syncStatusText } from '../../../renderer/features/team/syncStatusText';
import { de } from '../../../renderer/i18n/de';

async function german() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'de',
    resources: { de: { translation: de } },
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n);
}

describe('the sync status in words', () => {
  it('names an unreachable server by whether this computer is online', async () => {
    const t = await german();
    const fmt = formatsFor('de');
    const now = new Date('2026-11-30T10:00:00Z');
    const away = { state: 'failed', failure: 'unreachable', waiting: 2 } as const;
    expect(syncStatusText(t, fmt, away, now, { online: false })).toBe('Offline – 2 Änderungen warten');
    expect(syncStatusText(t, fmt, away, now, { online: true })).toBe(
      'Server nicht erreichbar – 2 Änderungen warten',
    );
    const since = { ...away, lastSyncAt: '2026-11-30T09:30:00Z' };
    expect(syncStatusText(t, fmt, since, now, { online: true })).toBe(
      'Server nicht erreichbar – 2 Änderungen warten · zuletzt synchronisiert vor 30 Min.',
    );
    expect(syncStatusText(t, fmt, since, now, { online: false, brief: true })).toBe(
      'Offline – 2 Änderungen warten',
    );
    expect(
      syncStatusText(t, fmt, { state: 'failed', failure: 'notCouch', waiting: 0 }, now, { online: true }),
    ).toBe(
      'Nicht synchronisiert: Unter dieser Adresse antwortet kein CouchDB-Server. Bitte die Serveradresse prüfen',
    );
  });
});
