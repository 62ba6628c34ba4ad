// A part of a dialog or screen drawn just after the rest, in a task of its own (in turn with the
// charts, see mountInTurn). A long form's or screen's first commit (its DOM, styles and layout in
// one task) grows with its fields: the inquiry form's was 150–220 ms, Einstellungen' 170–250 ms.
// Parts below the fold committed one by one keep each task short; they are there before anyone can
// reach them with Tab or the scroll bar.
import { useEffect, useState, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { mountInTurn } from './mountInTurn';

export function DrawnAfter({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => mountInTurn(() => setDrawn(true)), []);
  // The space is kept meanwhile, so nothing jumps under the pointer.
  // (data-drawing: what is still to come, for the benchmark's wait before it prints.)
  return drawn ? children : <Box data-drawing="" sx={{ minHeight }} />;
}
