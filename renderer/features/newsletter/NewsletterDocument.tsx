// The newsletter as it prints: one A4 column with the title, the office and the period, then the
// sections with the office's texts and the filled lists. Printed (PDF) as the Jahresbericht is: the
// page around it is marked no-print, the @page rule sets A4, the footer line and page numbers.
import { memo } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import type { Newsletter } from '../../../shared/outreach/newsletterModel';

const pageSx = {
  width: '210mm',
  maxWidth: '100%',
  minHeight: '297mm',
  mx: 'auto',
  my: 2,
  px: '18mm',
  py: '16mm',
  boxSizing: 'border-box',
  '@media print': { width: 'auto', maxWidth: 'none', minHeight: 0, m: 0, p: 0, boxShadow: 'none' },
} as const;

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export const NewsletterDocument = memo(function NewsletterDocument({ model }: { model: Newsletter }) {
  const page = model.language === 'en' ? 'Page' : 'Seite';
  const of = model.language === 'en' ? 'of' : 'von';
  return (
    <Box component="article" aria-label={model.title}>
      <style>{`@media print {
  @page { size: A4; margin: 16mm 16mm 20mm 16mm;
    @bottom-left { content: ${cssString(model.footer)}; font: 8pt system-ui, Arial, sans-serif; color: #444; }
    @bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); font: 8pt system-ui, Arial, sans-serif; color: #444; }
  }
  html, body, #root { height: auto !important; overflow: visible !important; }
}`}</style>
      <Paper sx={pageSx} elevation={2}>
        <Typography variant="h4" component="h3" sx={{ mb: 0.5 }}>
          {model.title}
        </Typography>
        <Typography color="text.secondary">
          {[model.officeName, model.district].filter(Boolean).join(' · ')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {model.period}
        </Typography>
        {model.sections.map((section) => (
          // Not a region: the editor above already has one per section under the same name.
          <Box key={section.id} sx={{ mb: 3 }}>
            <Typography variant="h5" component="h4" sx={{ mb: 1, breakAfter: 'avoid' }}>
              {section.title}
            </Typography>
            {section.paragraphs.map((line, i) => (
              <Typography key={i} sx={{ mb: 1.5, whiteSpace: 'pre-wrap' }}>
                {line}
              </Typography>
            ))}
            {section.items.length > 0 && (
              <Box component="ul" sx={{ pl: 3, my: 1 }}>
                {section.items.map((item) => (
                  <Box component="li" key={item.id} sx={{ mb: 0.75, breakInside: 'avoid' }}>
                    {item.when && (
                      <Typography component="span" sx={{ fontWeight: 600 }}>
                        {item.when}:{' '}
                      </Typography>
                    )}
                    <Typography component="span">{item.title}</Typography>
                    {item.detail && (
                      <Typography component="span" color="text.secondary">
                        {' '}
                        ({item.detail})
                      </Typography>
                    )}
                  </Box>
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Paper>
    </Box>
  );
});
