// "Exportieren" on a Vorhaben: the Belegliste and the zahlenmäßiger Nachweis as XLSX or CSV, saved
// where the user chooses (the XLSX writer is loaded on first use).
import { Menu, MenuItem } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import type { Project, Receipt } from '../../../shared/funding/fundingRecords';
import { useDialogs } from '../../components/dialogs';
import { useSettings } from '../../data/hooks';
import { host } from '../../host';
import { fundingFileStem } from './fileName';

type Export = 'receiptListXlsx' | 'receiptListCsv' | 'proofXlsx' | 'proofCsv';
const EXPORTS: readonly Export[] = ['receiptListXlsx', 'receiptListCsv', 'proofXlsx', 'proofCsv'];

export function FundingExportMenu({
  anchor,
  onClose,
  project,
  receipts,
}: {
  anchor: HTMLElement | null;
  onClose: () => void;
  project: Project;
  receipts: readonly Receipt[];
}) {
  const { t, i18n } = useTranslation();
  const { notify } = useDialogs();
  const settings = useSettings();

  const run = async (kind: Export) => {
    onClose();
    const language = i18n.language === 'en' ? 'en' : 'de';
    const meta = { language, officeName: settings.officeName, createdAt: new Date().toISOString() } as const;
    const list = kind.startsWith('receiptList');
    const stem = fundingFileStem(
      t(list ? 'funding.exports.receiptListFile' : 'funding.exports.proofFile'),
      project.title,
    );
    try {
      let saved: boolean;
      if (kind.endsWith('Xlsx')) {
        const { receiptListXlsx, proofStatementXlsx } = await import('./exports/fundingXlsx');
        const bytes = await (list ? receiptListXlsx : proofStatementXlsx)(project, [...receipts], meta);
        saved = await host.saveFile(`${stem}.xlsx`, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      } else {
        const { receiptListCsv, proofStatementCsv } = await import('./exports/fundingCsv');
        const text = (list ? receiptListCsv : proofStatementCsv)(project, [...receipts], meta);
        saved = await host.saveFile(`${stem}.csv`, utf8Encode(text), [{ name: 'CSV', extensions: ['csv'] }]);
      }
      if (saved)
        notify(t('funding.exports.saved', { file: `${stem}.${kind.endsWith('Xlsx') ? 'xlsx' : 'csv'}` }));
    } catch {
      notify(t('funding.exports.failed'));
    }
  };

  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose}>
      {EXPORTS.map((kind) => (
        <MenuItem key={kind} onClick={() => void run(kind)}>
          {t(`funding.exports.${kind}`)}
        </MenuItem>
      ))}
    </Menu>
  );
}
