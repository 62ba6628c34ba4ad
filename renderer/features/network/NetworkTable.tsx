// A table of the Netzwerk screen that renders only the rows near the visible part of the page: at
// twice the ten-year size the Personen tab has 4,000 rows, and rendering and laying them all out on
// every visit froze the screen for several hundred milliseconds. The page keeps scrolling as one
// (the screen's scroll container drives the table; it must have no top padding, or the sticky
// header would stop short of the top).
import { forwardRef, type ReactNode } from 'react';
import { Table, TableBody, TableHead, TableRow } from '@mui/material';
import { TableVirtuoso, type TableComponents } from 'react-virtuoso';

interface TableContext {
  label: string;
}

const components: TableComponents<{ id: string }, TableContext> = {
  // Fixed column widths (set on the header cells): only some rows exist at a time, and an automatic
  // layout would make the columns jump while scrolling. Long e-mail addresses wrap anywhere.
  Table: ({ context, ...props }) => (
    <Table
      {...props}
      size="small"
      aria-label={context?.label}
      sx={{ tableLayout: 'fixed', '& td': { overflowWrap: 'anywhere' } }}
    />
  ),
  // The header stays at the top while the page scrolls: opaque, so rows do not show through it.
  TableHead: forwardRef<HTMLTableSectionElement>((props, ref) => (
    <TableHead {...props} ref={ref} sx={{ '& th': { bgcolor: 'background.paper' } }} />
  )),
  TableRow: ({ context: _context, ...props }) => <TableRow hover {...props} />,
  TableBody: forwardRef<HTMLTableSectionElement>((props, ref) => <TableBody {...props} ref={ref} />),
};

export function NetworkTable<T extends { id: string }>({
  label,
  rows,
  header,
  row,
  scrollParent,
}: {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  /** The header's cells, with their widths (all but one). */
  header: ReactNode;
  /** One row's cells. */
  row: (item: T) => ReactNode;
  /** The screen's scroll container; the table waits for it (one render after mounting). */
  scrollParent: HTMLElement | null;
}) {
  if (!scrollParent) return null;
  return (
    <TableVirtuoso<T, TableContext>
      data={rows}
      context={{ label }}
      components={components as unknown as TableComponents<T, TableContext>}
      customScrollParent={scrollParent}
      computeItemKey={(_i, item) => item.id}
      // About a screen's height of rows above and below what is visible: scrolling with the keyboard
      // or the wheel never shows an empty row, and the page stays small.
      increaseViewportBy={800}
      fixedHeaderContent={() => <TableRow>{header}</TableRow>}
      itemContent={(_i, item) => row(item)}
    />
  );
}
