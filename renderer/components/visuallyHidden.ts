/**
 * Read by screen readers, not shown (e.g. the header of a table's action column). Sizes as strings:
 * in MUI's `sx` a bare 1 means 100 %, and a clipped box of full height still extended printed
 * documents by blank pages.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
