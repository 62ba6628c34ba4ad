// Kennzahlen: export this office's aggregate figures for a state-wide comparison, and compare the
// files of several offices.
import { useState } from 'react';
import { Stack } from '@mui/material';
import { useNow } from '../../components/useNow';
import { KennzahlenCompare } from './KennzahlenCompare';
import { KennzahlenExport } from './KennzahlenExport';

export function KennzahlenTab() {
  const now = useNow();
  const [year, setYear] = useState(now.getFullYear());
  return (
    <Stack spacing={3}>
      <KennzahlenExport year={year} onYear={setYear} />
      <KennzahlenCompare year={year} />
    </Stack>
  );
}
