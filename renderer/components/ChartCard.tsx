// A chart with what every chart needs: a title that says what is counted, a "Tabelle" toggle with
// the same numbers, and saving as PNG or SVG.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  Box,
  Button,
  FormControlLabel,
  Link,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../shared/crypto/bytes';
import { host } from '../host';
import { ChartWidth } from './ChartFrame';
import { mountInTurn } from './mountInTurn';

export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
  /**
   * What a click on the chart opens, for the same figure in the table (row, column): a keyboard
   * user reaches the inquiries behind a figure there. Undefined where nothing can be opened.
   */
  open?: (row: number, column: number) => (() => void) | undefined;
}

/** Which charts show their table, kept by a screen beyond the charts' lifetime (e.g. across a drill-down). */
export interface ChartTableMemory {
  shown: (id: string) => boolean;
  show: (id: string, on: boolean) => void;
  /** The figure last opened from a table ("chart|row|column"): it gets the focus back after Back. */
  opened: string | undefined;
  setOpened: (key: string | undefined) => void;
}
/** Without a provider each chart keeps its own switch while it is shown. */
export const ChartTables = createContext<ChartTableMemory | null>(null);

interface Props {
  id: string;
  title: string;
  note?: string;
  table: ChartTable;
  empty?: string;
  children: ReactNode;
}

async function svgToPng(svg: SVGSVGElement): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = svg.getBoundingClientRect();
  const data = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartCard({ id, title, note, table, empty, children }: Props) {
  const { t } = useTranslation();
  const memory = useContext(ChartTables);
  const [ownShowTable, setOwnShowTable] = useState(false);
  const showTable = memory ? memory.shown(id) : ownShowTable;
  const setShowTable = (on: boolean) => (memory ? memory.show(id, on) : setOwnShowTable(on));
  const chart = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLElement>(null);
  // Charts off screen are drawn when they come near the viewport (or when printing): the first view
  // of a dashboard then only pays for what it shows. Those in view are drawn one per task, in turn.
  const [inView, setInView] = useState(false);
  // The chart area's width, measured in the chart's turn (so it is drawn at once, at its size) and
  // again whenever the card changes size.
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = card.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      setWidth(
        Math.floor(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)),
      );
    };
    let cancelTurn = () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          cancelTurn = mountInTurn(() => {
            measure();
            setInView(true);
          });
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    const beforePrint = () =>
      flushSync(() => {
        measure();
        setInView(true);
      });
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      resized.disconnect();
      cancelTurn();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);
  const fileBase = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

  const save = async (format: 'png' | 'svg') => {
    const svg = chart.current?.querySelector('svg.recharts-surface') as SVGSVGElement | null;
    if (!svg) return;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const data =
      format === 'svg' ? utf8Encode(new XMLSerializer().serializeToString(clone)) : await svgToPng(svg);
    await host.saveFile(`${fileBase}.${format}`, data, [
      { name: format.toUpperCase(), extensions: [format] },
    ]);
  };

  return (
    <Paper ref={card} component="section" aria-labelledby={`chart-${id}`} sx={{ p: 2, breakInside: 'avoid' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id={`chart-${id}`} variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <FormControlLabel
          control={<Switch checked={showTable} onChange={(e) => setShowTable(e.target.checked)} />}
          label={t('dashboard.table')}
          className="no-print"
        />
        {!empty && !showTable && (
          <Box className="no-print">
            <Button
              size="small"
              onClick={() => void save('png')}
              aria-label={t('dashboard.savePng', { title })}
            >
              PNG
            </Button>
            <Button
              size="small"
              onClick={() => void save('svg')}
              aria-label={t('dashboard.saveSvg', { title })}
            >
              SVG
            </Button>
          </Box>
        )}
      </Stack>
      {note && (
        <Typography variant="body2" color="text.secondary">
          {note}
        </Typography>
      )}
      {empty ? (
        <Typography color="text.secondary" sx={{ py: 3 }}>
          {empty}
        </Typography>
      ) : showTable ? (
        <Box sx={{ overflowX: 'auto', mt: 1 }}>
          <Table size="small" aria-labelledby={`chart-${id}`}>
            <TableHead>
              <TableRow>
                {table.columns.map((c, i) => (
                  <TableCell key={c} align={i === 0 ? 'left' : 'right'}>
                    {c}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {table.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((cell, i) => (
                    <TableCell
                      key={i}
                      align={i === 0 ? 'left' : 'right'}
                      component={i === 0 ? 'th' : 'td'}
                      scope={i === 0 ? 'row' : undefined}
                    >
                      <TableFigure
                        value={cell}
                        figureKey={`${id}|${r}|${i}`}
                        memory={memory}
                        open={i > 0 && typeof cell === 'number' && cell > 0 ? table.open?.(r, i) : undefined}
                        label={t('dashboard.openFigure', {
                          count: typeof cell === 'number' ? cell : 0,
                          row: String(row[0] ?? ''),
                          column: table.columns[i] ?? '',
                        })}
                      />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : (
        <Box ref={chart} sx={{ mt: 1, minHeight: 160 }}>
          <ChartWidth.Provider value={width}>{inView && children}</ChartWidth.Provider>
        </Box>
      )}
    </Paper>
  );
}

/**
 * A figure of the table; a button where the chart would open the inquiries behind it. The one opened
 * last takes the focus when the screen comes back, so a keyboard user goes on where they left.
 */
function TableFigure({
  value,
  open,
  label,
  figureKey,
  memory,
}: {
  value: string | number;
  open?: () => void;
  label: string;
  figureKey: string;
  memory: ChartTableMemory | null;
}) {
  if (!open) return <>{value}</>;
  return (
    <Link
      component="button"
      type="button"
      onClick={() => {
        memory?.setOpened(figureKey);
        open();
      }}
      // Focus back once; then the figure is an ordinary button again.
      autoFocus={memory?.opened === figureKey}
      onFocus={() => memory?.opened === figureKey && memory.setOpened(undefined)}
      aria-label={label}
      sx={{ font: 'inherit' }}
    >
      {value}
    </Link>
  );
}
