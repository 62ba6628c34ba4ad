import { Box, Typography } from '@mui/material';

/** Label–value pairs as a real <dl>, in two columns on wide screens. */
export function DefinitionList({
  items,
  labelWidth = 220,
}: {
  items: Array<[string, string]>;
  labelWidth?: number;
}) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `${labelWidth}px 1fr` }, m: 0, rowGap: 1 }}
    >
      {items.map(([name, value]) => (
        <Box key={name} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {name}
          </Typography>
          <Typography component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
