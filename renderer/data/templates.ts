import { uuidv7 } from 'uuidv7';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
import type { InquiryTemplateData } from '../../shared/domain/template';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

export interface InquiryTemplate extends InquiryTemplateData {
  id: string;
}

interface StoredTemplate {
  data: InquiryTemplateData;
  meta: RecordMeta;
}

const collator = new Intl.Collator('de');

export function listTemplates(store: RecordStore): InquiryTemplate[] {
  return Array.from(store.all('templates'), (r) => ({
    ...(r.payload as StoredTemplate).data,
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
  const id = existing?.id ?? uuidv7();
  const previous = vault.store.get('templates', id)?.payload as StoredTemplate | undefined;
  await vault.put('templates', id, { data: template, meta: nextMeta(previous?.meta, now, vault.deviceId) });
  return { ...template, id };
}

export async function deleteTemplate(vault: OpenVault, id: string): Promise<void> {
  await vault.remove('templates', id);
}
