// "Ausgaben" on a series' page: the programme booklet (preview, PDF in A5 or A4, DOCX for the press
// office), the calendar file and the CSV of all approved contributions, the partner checklist and the
// press-release draft. Previews open as dialogs; files are saved where the user chooses, under German
// names like "Programmheft Interkulturelle Woche 2026.pdf". The writers are loaded on first use.
import { useState } from 'react';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { approvedContributions, buildBooklet, fileStem } from '../../../shared/outreach/booklet';
import { seriesCsv, seriesToIcal } from '../../../shared/outreach/eventOutputs';
import { eventOutputsLabels } from '../../../shared/outreach/eventOutputsLabels';
import type { Contribution, Series } from '../../data/outreach';
import { BookletDocumentDialog } from './BookletDocumentDialog';
import { useOutputInputs, useSaveOutput } from './exports/outputInputs';
import { PartnerChecklistDialog } from './exports/PartnerChecklistDialog';
import { PressReleaseDialog } from './exports/PressReleaseDialog';

type Item = 'booklet' | 'bookletDocx' | 'ics' | 'csv' | 'checklist' | 'press';
const ITEMS: readonly Item[] = ['booklet', 'bookletDocx', 'ics', 'csv', 'checklist', 'press'];
/** Files made only of approved contributions: disabled while there are none. */
const NEEDS_APPROVED: ReadonlySet<Item> = new Set(['bookletDocx', 'ics', 'csv']);

export function EventExportMenu({
  series,
  contributions,
}: {
  series: Series;
  contributions: Contribution[];
}) {
  const { t } = useTranslation();
  const { language, organisations, settings } = useOutputInputs();
  const save = useSaveOutput();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<'booklet' | 'checklist' | 'press' | null>(null);
  const approved = approvedContributions(series.id, contributions).length;
  const names = eventOutputsLabels(language).fileNames;
  const input = { series, contributions, organisations, language };

  const run = async (item: Item) => {
    setAnchor(null);
    switch (item) {
      case 'booklet':
      case 'checklist':
      case 'press':
        setDialog(item);
        return;
      case 'bookletDocx':
        return save(`${fileStem(names.booklet, series.title)}.docx`, 'docx', async () =>
          (await import('./exports/bookletDocx')).bookletDocx(
            buildBooklet(series, contributions, organisations, { language }),
          ),
        );
      case 'ics':
        return save(`${fileStem(names.calendar, series.title)}.ics`, 'ics', async () =>
          utf8Encode(seriesToIcal(input, { officeName: settings.officeName, now: new Date() })),
        );
      case 'csv':
        return save(`${fileStem(names.csv, series.title)}.csv`, 'csv', async () =>
          utf8Encode(seriesCsv(input)),
        );
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'event-export-menu' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {t('eventExports.menu')}
      </Button>
      <Menu id="event-export-menu" anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {ITEMS.map((item) => (
          <MenuItem
            key={item}
            disabled={NEEDS_APPROVED.has(item) && approved === 0}
            onClick={() => void run(item)}
          >
            <ListItemText
              primary={t(`eventExports.items.${item}`)}
              secondary={
                item === 'booklet' ? t('eventExports.approvedCount', { count: approved }) : undefined
              }
            />
          </MenuItem>
        ))}
      </Menu>
      <BookletDocumentDialog
        open={dialog === 'booklet'}
        onClose={() => setDialog(null)}
        series={series}
        contributions={contributions}
      />
      <PartnerChecklistDialog
        open={dialog === 'checklist'}
        onClose={() => setDialog(null)}
        series={series}
        contributions={contributions}
      />
      <PressReleaseDialog
        open={dialog === 'press'}
        onClose={() => setDialog(null)}
        series={series}
        contributions={contributions}
      />
    </>
  );
}
