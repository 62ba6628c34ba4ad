// Wegweiser: the support offers of the network's organisations by chapter, the yearly check
// ("Ist das noch aktuell?") and the guide's outputs (PDF, DOCX, Open Referral HSDS).
import { useMemo, useState } from 'react';
import {
  Button,
  Chip,
  Link,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { toDay } from '../../../shared/domain/calendarDay';
import { isReviewDue, reviewList } from '../../../shared/outreach/guideReview';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useOrganisations, useOutreachFile, useSettings } from '../../data/hooks';
import type { Offer } from '../../data/outreach';
import type { Navigate } from '../../routing/routes';
import { GuideOutputDialog } from './GuideOutputDialog';
import { GuideReview, STALE_SX } from './GuideReview';
import { OfferDialog } from './OfferDialog';

type View = 'offers' | 'review';
const ALL = '*';
const NO_CHAPTER = '';

export function GuideTab(_props: { navigate: Navigate }) {
  const { t } = useTranslation();
  const { offers } = useOutreachFile();
  const organisations = useOrganisations();
  const settings = useSettings();
  const today = toDay(useNow());
  const [view, setView] = useState<View>('offers');
  const [chapterFilter, setChapterFilter] = useState<string>(ALL);
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const [output, setOutput] = useState(false);
  const review = useMemo(() => reviewList(offers, organisations, today), [offers, organisations, today]);

  const chapters = settings.lists.guideChapters;
  // The chapters in list order, then "Ohne Kapitel" for offers whose chapter is empty or gone.
  const groups = useMemo(() => {
    const known = new Set(chapters.map((c) => c.id));
    const byChapter = new Map<string, Offer[]>();
    for (const offer of offers) {
      const key = known.has(offer.chapter) ? offer.chapter : NO_CHAPTER;
      byChapter.set(key, [...(byChapter.get(key) ?? []), offer]);
    }
    return [
      ...chapters.map((c) => ({ id: c.id, label: c.label, offers: byChapter.get(c.id) ?? [] })),
      { id: NO_CHAPTER, label: t('guide.noChapter'), offers: byChapter.get(NO_CHAPTER) ?? [] },
    ].filter((g) => (chapterFilter === ALL ? g.offers.length > 0 : g.id === chapterFilter));
  }, [offers, chapters, chapterFilter, t]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          value={view}
          exclusive
          size="small"
          onChange={(_e, v: View | null) => v && setView(v)}
          aria-label={t('guide.view')}
          color="primary"
          // MUI's grey for the unselected button misses AA on the page's background.
          sx={{ '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } }}
        >
          <ToggleButton value="offers">{t('guide.views.offers')}</ToggleButton>
          <ToggleButton value="review">{t('guide.views.review', { count: review.length })}</ToggleButton>
        </ToggleButtonGroup>
        {view === 'offers' && offers.length > 0 && (
          <TextField
            select
            size="small"
            label={t('guide.chapterFilter')}
            value={chapterFilter}
            onChange={(e) => setChapterFilter(e.target.value)}
            sx={{ minWidth: 240 }}
          >
            <MenuItem value={ALL}>{t('guide.allChapters')}</MenuItem>
            {chapters.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.label}
              </MenuItem>
            ))}
            <MenuItem value={NO_CHAPTER}>{t('guide.noChapter')}</MenuItem>
          </TextField>
        )}
        <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
          <Button variant="outlined" startIcon={<MenuBookIcon />} onClick={() => setOutput(true)}>
            {t('guide.output')}
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>
            {t('guide.newOffer')}
          </Button>
        </Stack>
      </Stack>

      {view === 'review' ? (
        <GuideReview entries={review} today={today} />
      ) : offers.length === 0 ? (
        <Paper sx={{ p: 2 }}>
          <Typography color="text.secondary">{t('guide.empty')}</Typography>
        </Paper>
      ) : (
        groups.map((group) => (
          <Paper
            key={group.id || 'none'}
            component="section"
            aria-labelledby={`guide-chapter-${group.id || 'none'}`}
            sx={{ p: 2 }}
          >
            <Typography id={`guide-chapter-${group.id || 'none'}`} variant="h6" component="h2" gutterBottom>
              {group.label} ({group.offers.length})
            </Typography>
            {group.offers.length === 0 ? (
              <Typography color="text.secondary">{t('guide.emptyChapter')}</Typography>
            ) : (
              <OffersTable
                label={group.label}
                offers={group.offers}
                today={today}
                onEdit={(id) => setEditing({ id })}
              />
            )}
          </Paper>
        ))
      )}
      <OfferDialog open={editing !== null} offerId={editing?.id} onClose={() => setEditing(null)} />
      <GuideOutputDialog open={output} onClose={() => setOutput(false)} />
    </Stack>
  );
}

function OffersTable({
  label,
  offers,
  today,
  onEdit,
}: {
  label: string;
  offers: readonly Offer[];
  today: string;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const organisations = useOrganisations();
  const settings = useSettings();
  const orgName = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  return (
    <TableContainer>
      <Table size="small" aria-label={label} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '30%' }}>{t('guide.columns.title')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{t('guide.columns.provider')}</TableCell>
            <TableCell sx={{ width: '14%' }}>{t('guide.columns.municipality')}</TableCell>
            <TableCell sx={{ width: '16%' }}>{t('guide.columns.checkedOn')}</TableCell>
            <TableCell sx={{ width: '16%' }}>{t('guide.columns.consent')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {offers.map((o) => {
            const due = isReviewDue(o, today);
            return (
              <TableRow key={o.id} hover>
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    onClick={() => onEdit(o.id)}
                    sx={{ textAlign: 'left' }}
                  >
                    {o.title}
                  </Link>
                </TableCell>
                <TableCell>{orgName.get(o.organisationId) ?? '–'}</TableCell>
                <TableCell>
                  {o.municipality
                    ? labelOf(settings.lists.municipalities, o.municipality)
                    : t('guide.wholeDistrict')}
                </TableCell>
                <TableCell>
                  <Stack
                    direction="row"
                    spacing={0.5}
                    useFlexGap
                    sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                  >
                    {o.checkedOn && <span>{fmt.day(o.checkedOn)}</span>}
                    {due && (
                      <Chip
                        size="small"
                        // Amber with dark text: MUI's filled warning chip misses AA contrast.
                        sx={STALE_SX}
                        label={o.checkedOn ? t('guide.stale') : t('guide.neverChecked')}
                      />
                    )}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={o.publishConsent ? 'success' : 'default'}
                    label={o.publishConsent ? t('guide.consentGiven') : t('guide.consentMissing')}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
