// What every output of a series reads besides the series: the Netzwerk's organisations (names and
// e-mail addresses), the office's settings, the UI language; and how a file is offered for saving.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import type { OutputOrganisation } from '../../../../shared/outreach/booklet';
import { useDialogs } from '../../../components/dialogs';
import { useOrganisations, useSettings } from '../../../data/hooks';
import { host, type FileFilter } from '../../../host';

export function useOutputInputs() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const settings = useSettings();
  const organisationRecords = useOrganisations();
  const organisations: OutputOrganisation[] = useMemo(
    () => organisationRecords.map((o) => ({ id: o.id, name: o.name, email: o.email })),
    [organisationRecords],
  );
  return { language, settings, organisations };
}

export const FILE_TYPES = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
} satisfies Record<string, FileFilter>;

/** Saves `make()`'s bytes under `file`; says so when saved, and says it failed (nothing saved) when it threw. */
export function useSaveOutput() {
  const { notify } = useDialogs();
  return async (
    file: string,
    type: keyof typeof FILE_TYPES,
    make: () => Promise<Uint8Array<ArrayBuffer>>,
  ) => {
    try {
      const bytes = await make();
      if (await host.saveFile(file, bytes, [FILE_TYPES[type]]))
        notify({ key: 'eventExports.saved', params: { file } });
    } catch {
      notify({ key: 'eventExports.failed' });
    }
  };
}
