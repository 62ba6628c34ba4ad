// "Alle Daten exportieren": every record, unencrypted, for migration to another system. JSON keeps
// each record complete; the XLSX sheets flatten records to columns and show category names.
import type { CategoryEntry } from '../domain/categories';
import type { BackupTables } from '../backup/format';
import { RECORD_TABLES, type RecordTable } from '../storage/envelope';

export const EXPORT_FORMAT = 1;

export type Cell = string | number | boolean | null;

export interface ExportSheet {
  table: RecordTable;
  columns: string[];
  rows: Cell[][];
}

export interface ExportInfo {
  appVersion: string;
  exportedAt: Date;
}

/** The JSON file: a short header, then every record as stored (data and change clock). */
export function buildJsonExport(tables: BackupTables, info: ExportInfo): string {
  return JSON.stringify(
    {
      kind: 'anlaufstelle-export',
      format: EXPORT_FORMAT,
      appVersion: info.appVersion,
      exportedAt: info.exportedAt.toISOString(),
      notice: 'Unverschlüsselt: enthält personenbezogene Daten.',
      tables: Object.fromEntries(RECORD_TABLES.map((t) => [t, tables[t]])),
    },
    null,
    2,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cell(value: unknown, labels: ReadonlyMap<string, string>): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    return value
      .map((v) => (isPlainObject(v) ? JSON.stringify(v) : String(cell(v, labels) ?? '')))
      .join('; ');
  }
  return JSON.stringify(value);
}

function flatten(value: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}) {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(v)) flatten(v, name, out);
    else out[name] = v;
  }
  return out;
}

/**
 * One sheet per record kind: a column per field (nested fields as "a.b"), category ids shown as
 * their names, lists joined with "; ". Row order as given; columns in first-seen order.
 */
export function buildExportSheets(
  tables: BackupTables,
  lists: Record<string, CategoryEntry[]>,
): ExportSheet[] {
  const labels = new Map<string, string>();
  for (const entries of Object.values(lists)) for (const e of entries) labels.set(e.id, e.label);
  return RECORD_TABLES.map((table) => {
    const flat = tables[table].map((record) => {
      const payload = isPlainObject(record.payload) ? record.payload : { value: record.payload };
      const data = isPlainObject(payload.data) ? payload.data : payload;
      const meta = isPlainObject(payload.meta) ? payload.meta : {};
      // Settings are not category-resolved: their lists are the labels themselves.
      return { id: record.id, ...flatten(data), createdAt: meta.createdAt, changedAt: meta.changedAt };
    });
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const row of flat) {
      for (const key of Object.keys(row)) {
        if (!seen.has(key)) {
          seen.add(key);
          columns.push(key);
        }
      }
    }
    const noLabels = new Map<string, string>();
    return {
      table,
      columns,
      rows: flat.map((row) =>
        columns.map((c) =>
          cell((row as Record<string, unknown>)[c], table === 'settings' ? noLabels : labels),
        ),
      ),
    };
  });
}
