// The Wegweiser as A4 pages: a title page with the contents, one part per chapter, then the address
// list. Printed by Chromium (host.printToPdf) as the Jahresbericht is, footer and page numbers in
// the margins.
import { memo } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import type { GuideDocumentModel } from '../../../shared/outreach/guideDocument';
import { addressLines, entryFacts, type GuideLabels, type GuideMeta } from './guideLabels';

/** A4 at 96 dpi on screen; in print the page box itself is A4 (see the @page rule). */
const pageSx = {
  width: '210mm',
  minHeight: '297mm',
  mx: 'auto',
  my: 3,
  px: '18mm',
  py: '16mm',
  boxSizing: 'border-box',
  '@media print': {
    width: 'auto',
    minHeight: 0,
    m: 0,
    p: 0,
    boxShadow: 'none',
    breakBefore: 'page',
  },
} as const;
/** The title page starts the document (chapters are <section>s, so :first-of-type would miss it). */
const titlePageSx = {
  ...pageSx,
  '@media print': { ...pageSx['@media print'], breakBefore: 'auto' },
} as const;

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export const GuideDocument = memo(function GuideDocument({
  model,
  meta,
  L,
}: {
  model: GuideDocumentModel;
  meta: GuideMeta;
  L: GuideLabels;
}) {
  const footer = [L.title, meta.district || meta.officeName, meta.asOf].filter(Boolean).join(' · ');
  return (
    <Box component="article" aria-label={L.title}>
      <style>{`@media print {
  @page { size: A4; margin: 16mm 16mm 20mm 16mm;
    @bottom-left { content: ${cssString(footer)}; font: 8pt system-ui, Arial, sans-serif; color: #444; }
    @bottom-right { content: ${cssString(`${L.page} `)} counter(page) ${cssString(` ${L.pageOf} `)} counter(pages); font: 8pt system-ui, Arial, sans-serif; color: #444; }
  }
}`}</style>
      <Paper sx={titlePageSx} elevation={2}>
        <Typography variant="h3" component="h2" sx={{ mt: 8 }}>
          {L.title}
        </Typography>
        <Typography variant="h6" component="p" color="text.secondary">
          {L.subtitle}
        </Typography>
        {[meta.district, meta.officeName].filter(Boolean).map((line) => (
          <Typography key={line} sx={{ mt: 1 }}>
            {line}
          </Typography>
        ))}
        <Typography sx={{ mt: 1 }}>{meta.asOf}</Typography>
        <Typography variant="h5" component="h3" sx={{ mt: 6, mb: 1 }}>
          {L.contents}
        </Typography>
        <Box component="ol" sx={{ pl: 3, m: 0 }}>
          {model.chapters.map((c) => (
            <li key={c.id || 'other'}>
              {c.label} ({L.offers(c.entries.length)})
            </li>
          ))}
          <li>{L.addresses}</li>
        </Box>
      </Paper>
      {model.chapters.map((chapter, index) => (
        <Paper
          key={chapter.id || 'other'}
          sx={pageSx}
          elevation={2}
          component="section"
          aria-label={chapter.label}
        >
          <Typography variant="h4" component="h2" gutterBottom>
            {index + 1}. {chapter.label}
          </Typography>
          {chapter.entries.map((entry) => (
            <Box key={entry.id} sx={{ mb: 2.5, breakInside: 'avoid' }}>
              <Typography variant="h6" component="h3" sx={{ mb: 0.25 }}>
                {entry.title}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {L.provider}: {entry.provider}
              </Typography>
              {entry.description && (
                <Typography variant="body2" sx={{ whiteSpace: 'pre-line', my: 0.5 }}>
                  {entry.description}
                </Typography>
              )}
              <Box
                component="dl"
                sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2 }}
              >
                {entryFacts(entry, L).map(([term, value]) => (
                  <Box key={term} sx={{ display: 'contents' }}>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {term}
                    </Typography>
                    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                      {value}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </Box>
          ))}
        </Paper>
      ))}
      <Paper sx={pageSx} elevation={2} component="section" aria-label={L.addresses}>
        <Typography variant="h4" component="h2" gutterBottom>
          {model.chapters.length + 1}. {L.addresses}
        </Typography>
        {model.addresses.map((org) => (
          <Box key={org.id} sx={{ mb: 1.5, breakInside: 'avoid' }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {org.name}
            </Typography>
            {addressLines(org, L).map((line) => (
              <Typography key={line} variant="body2">
                {line}
              </Typography>
            ))}
          </Box>
        ))}
      </Paper>
    </Box>
  );
});
