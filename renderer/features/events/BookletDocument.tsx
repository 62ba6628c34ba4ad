// The programme booklet as its printed pages look: a title page, the programme day by day, the two
// indexes and the funder's credit. On screen it is drawn as sheets of the chosen size; in print the
// page box itself has that size (the @page rule), with the page number in the bottom margin.
import { memo } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { visuallyHidden } from '../../components/visuallyHidden';
import type { Booklet, BookletEntry, BookletIndexLine } from '../../../shared/outreach/booklet';

export type BookletFormat = 'A5' | 'A4';

const SIZES: Record<BookletFormat, { width: string; height: string; margin: string; scale: number }> = {
  A5: { width: '148mm', height: '210mm', margin: '12mm', scale: 0.82 },
  A4: { width: '210mm', height: '297mm', margin: '16mm', scale: 1 },
};

function pageSx(format: BookletFormat) {
  const size = SIZES[format];
  return {
    width: size.width,
    minHeight: size.height,
    mx: 'auto',
    my: 3,
    p: size.margin,
    boxSizing: 'border-box',
    '@media print': {
      width: 'auto',
      minHeight: 0,
      m: 0,
      p: 0,
      boxShadow: 'none',
      breakBefore: 'page',
      '&:first-of-type': { breakBefore: 'auto' },
    },
  } as const;
}

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export const BookletDocument = memo(function BookletDocument({
  booklet,
  format,
  label,
}: {
  booklet: Booklet;
  format: BookletFormat;
  /** The accessible name of the document ("Vorschau des Programmhefts"). */
  label: string;
}) {
  const L = booklet.labels;
  const size = SIZES[format];
  // Text sizes shrink with the page, so an A5 page holds what it should.
  const font = (rem: number) => `${(rem * size.scale).toFixed(3)}rem`;
  return (
    <Box component="article" aria-label={label} className="booklet-document">
      <style>{`@media print {
  @page { size: ${format}; margin: ${size.margin} ${size.margin} 18mm ${size.margin};
    @bottom-center { content: counter(page); font: 8pt system-ui, Arial, sans-serif; color: #444; }
    @bottom-left { content: ${cssString(booklet.title)}; font: 8pt system-ui, Arial, sans-serif; color: #444; }
  }
  html, body { height: auto !important; overflow: visible !important; }
}`}</style>
      <Paper sx={pageSx(format)} elevation={2} component="section" aria-label={booklet.title}>
        <Typography variant="overline" component="p" sx={{ mt: 6, fontSize: font(0.85) }}>
          {L.programme}
        </Typography>
        <Typography variant="h3" component="h3" sx={{ fontSize: font(2.6), fontWeight: 700 }}>
          {booklet.title}
        </Typography>
        {booklet.motto && (
          <Typography variant="h5" component="p" sx={{ mt: 2, fontSize: font(1.5), fontStyle: 'italic' }}>
            „{booklet.motto}“
          </Typography>
        )}
        <Typography sx={{ mt: 4, fontSize: font(1.15) }}>{booklet.period}</Typography>
        <Typography color="text.secondary" sx={{ fontSize: font(1) }}>
          {L.entries(booklet.entries.length)}
        </Typography>
        {booklet.funderCredit && (
          <Typography variant="body2" sx={{ mt: 12, fontSize: font(0.85) }}>
            {booklet.funderCredit}
          </Typography>
        )}
      </Paper>
      <Paper sx={pageSx(format)} elevation={2} component="section" aria-labelledby="booklet-programme">
        <Typography id="booklet-programme" variant="h4" component="h3" sx={{ fontSize: font(1.8), mb: 2 }}>
          {L.programme}
        </Typography>
        {booklet.entries.length === 0 && <Typography>{L.noEntries}</Typography>}
        {booklet.days.map((day) => (
          <Box key={day.day} component="section" aria-labelledby={`booklet-day-${day.day}`} sx={{ mb: 3 }}>
            <Typography
              id={`booklet-day-${day.day}`}
              variant="h5"
              component="h4"
              sx={{
                fontSize: font(1.3),
                fontWeight: 600,
                borderBottom: '2px solid',
                borderColor: 'primary.main',
                pb: 0.5,
                mb: 1.5,
                breakAfter: 'avoid',
              }}
            >
              {day.heading}
            </Typography>
            {day.entries.map((entry) => (
              <EntryView key={entry.id} entry={entry} booklet={booklet} font={font} />
            ))}
          </Box>
        ))}
      </Paper>
      {booklet.entries.length > 0 && (
        <Paper sx={pageSx(format)} elevation={2} component="section" aria-label={L.venueIndex}>
          <IndexView title={L.venueIndex} lines={booklet.venueIndex} font={font} id="booklet-venues" />
          <IndexView
            title={L.organiserIndex}
            lines={booklet.organiserIndex}
            font={font}
            id="booklet-organisers"
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2, fontSize: font(0.85) }}>
            {L.indexHint}
          </Typography>
          {booklet.funderCredit && (
            <Typography variant="body2" sx={{ mt: 6, fontSize: font(0.85) }}>
              {booklet.funderCredit}
            </Typography>
          )}
        </Paper>
      )}
    </Box>
  );
});

function EntryView({
  entry,
  booklet,
  font,
}: {
  entry: BookletEntry;
  booklet: Booklet;
  font: (rem: number) => string;
}) {
  const L = booklet.labels;
  const details: Array<[string, string]> = (
    [
      [L.fields.accessibility, entry.accessibility],
      [L.fields.entryFee, entry.entryFee],
      [L.fields.registration, entry.registration],
      [L.fields.languages, entry.languages],
      [L.fields.targetGroup, entry.targetGroup],
      [L.fields.contact, entry.contact],
      [L.fields.photoCredit, entry.photoCredit],
    ] as Array<[string, string]>
  ).filter(([, value]) => value);
  return (
    <Box
      component="article"
      aria-labelledby={`booklet-entry-${entry.number}`}
      sx={{ display: 'grid', gridTemplateColumns: '2.2em 1fr', columnGap: 1, mb: 2, breakInside: 'avoid' }}
    >
      <Typography aria-hidden sx={{ fontWeight: 700, fontSize: font(1.1), color: 'primary.main' }}>
        {entry.number}
      </Typography>
      <Box>
        <Typography sx={{ fontSize: font(0.9), fontWeight: 600 }}>{entry.time}</Typography>
        <Typography
          id={`booklet-entry-${entry.number}`}
          component="h5"
          sx={{ fontSize: font(1.1), fontWeight: 700, lineHeight: 1.3 }}
        >
          <Box component="span" sx={visuallyHidden}>
            {`${entry.number}. `}
          </Box>
          {entry.title}
        </Typography>
        <Typography sx={{ fontSize: font(0.9) }}>{entry.organiser}</Typography>
        <Typography sx={{ fontSize: font(0.9) }}>
          {[entry.venue || L.noVenue, entry.address].filter(Boolean).join(', ')}
        </Typography>
        {entry.shortText && <Typography sx={{ fontSize: font(0.95), mt: 0.5 }}>{entry.shortText}</Typography>}
        {details.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ fontSize: font(0.8), mt: 0.5 }}>
            {details.map(([label, value]) => `${label}: ${value}`).join(' · ')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function IndexView({
  title,
  lines,
  font,
  id,
}: {
  title: string;
  lines: BookletIndexLine[];
  font: (rem: number) => string;
  id: string;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography id={id} variant="h5" component="h4" sx={{ fontSize: font(1.3), fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {lines.map((line) => (
          <Typography
            component="li"
            key={line.label}
            sx={{ display: 'flex', gap: 1, fontSize: font(0.95), breakInside: 'avoid' }}
          >
            <span>{line.label}</span>
            <Box
              component="span"
              aria-hidden
              sx={{ flex: 1, borderBottom: '1px dotted', borderColor: 'grey.500', mb: 0.7 }}
            />
            <span>{line.numbers.join(', ')}</span>
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
