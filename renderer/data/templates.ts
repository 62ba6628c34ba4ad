import { nextMeta } from '../../shared/domain/recordMeta';
import type { InquiryTemplateData } from '../../shared/domain/template';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';
import { newRecordId, payloadOf } from '../../shared/storage/records';

export interface InquiryTemplate extends InquiryTemplateData {
  id: string;
}

const collator = new Intl.Collator('de');

export function listTemplates(store: RecordStore): InquiryTemplate[] {
  return Array.from(store.all('templates'), (r) => ({
    ...payloadOf('templates', r).data,
    id: r.id,
  })).sort((a, b) => collator.compare(a.name, b.name));
}

export async function saveTemplate(
  vault: OpenVault,
  template: InquiryTemplateData,
  now = new Date(),
): Promise<InquiryTemplate> {
  const existing = listTemplates(vault.store).find(
    (t) => t.name.toLocaleLowerCase('de') === template.name.toLocaleLowerCase('de'),
  );
  const id = existing?.id ?? newRecordId();
  const stored = vault.store.get('templates', id);
  const previous = stored && payloadOf('templates', stored);
  await vault.put('templates', id, { data: template, meta: nextMeta(previous?.meta, now, vault.deviceId) });
  return { ...template, id };
}

export async function deleteTemplate(vault: OpenVault, id: string): Promise<void> {
  await vault.remove('templates', id);
}
