// The office's own words per report period, one encrypted record per period.
import { nextMeta } from '../../shared/domain/recordMeta';
import { payloadOf, type RecordPayload } from '../../shared/storage/records';
import type { SectionId } from '../../shared/report/reportLabels';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

export type ReportTexts = Partial<Record<SectionId, string>>;

/** The same period always maps to the same record (a later sync merges, never duplicates). */
export function reportTextsId(from: string, to: string): string {
  return `jahresbericht-${from}-${to}`;
}

const NO_TEXTS: ReportTexts = Object.freeze({});

function storedTexts(store: RecordStore, id: string): RecordPayload<'reports'> | undefined {
  const record = store.get('reports', id);
  return record && payloadOf('reports', record);
}

/** The stored texts; the same object until they change (so it can key a memo). */
export function readReportTexts(store: RecordStore, from: string, to: string): ReportTexts {
  return storedTexts(store, reportTextsId(from, to))?.data.texts ?? NO_TEXTS;
}

/** Saves one section's text; resolves once it is durable. */
export async function saveReportText(
  vault: OpenVault,
  from: string,
  to: string,
  section: SectionId,
  text: string,
  now = new Date(),
): Promise<void> {
  const id = reportTextsId(from, to);
  const previous = storedTexts(vault.store, id);
  const texts = { ...previous?.data.texts, [section]: text };
  await vault.put('reports', id, {
    data: { from, to, texts },
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
}
