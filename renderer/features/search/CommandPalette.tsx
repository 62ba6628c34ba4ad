// Ctrl+K: one box that finds any inquiry or follow-up and any action. Arrows move, Enter opens.
import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  Box,
  Dialog,
  InputAdornment,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { normalizeTerm } from '../../../shared/search/normalize';
import type { SearchKind } from '../../../shared/search/recordSearch';
import { useFormat } from '../../components/useFormat';
import { getFollowup } from '../../data/followups';
import { useSearch } from '../../data/hooks';
import { getInquiry } from '../../data/inquiries';
import { getActivity } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { PALETTE_KINDS, PALETTE_LIMITS } from './paletteLimits';

export interface PaletteAction {
  id: string;
  label: string;
  shortcut?: string;
  run: () => void;
}

interface Props {
  open: boolean;
  actions: PaletteAction[];
  onClose: () => void;
  onOpenRecord: (kind: SearchKind, id: string) => void;
}

export function CommandPalette(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="sm"
      fullWidth
      aria-label={t('search.label')}
      slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}
    >
      {props.open && <Palette {...props} />}
    </Dialog>
  );
}

interface Item {
  key: string;
  group: 'actions' | SearchKind;
  primary: string;
  secondary?: string;
  run: () => void;
}

function Palette({ actions, onClose, onOpenRecord }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { search, progress } = useSearch();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ready = progress >= 1;

  const items = useMemo<Item[]>(() => {
    const q = normalizeTerm(query.trim());
    const matchingActions = actions
      .filter((a) => !q || normalizeTerm(a.label).includes(q))
      .map<Item>((a) => ({
        key: `a:${a.id}`,
        group: 'actions',
        primary: a.label,
        ...(a.shortcut ? { secondary: a.shortcut } : {}),
        run: a.run,
      }));
    if (!q || !ready) return matchingActions;
    const records: Item[] = [];
    const hits = search.index.searchByKind(query, PALETTE_LIMITS);
    for (const kind of PALETTE_KINDS) {
      for (const hit of hits.get(kind) ?? []) {
        let secondary: string | undefined;
        if (kind === 'inquiry') {
          const inq = getInquiry(vault.store, hit.id);
          secondary = inq ? fmt.dateTime(inq.receivedAt) : undefined;
        } else if (kind === 'followup') {
          const f = getFollowup(vault.store, hit.id);
          secondary = f ? t('followups.dueOn', { date: fmt.day(f.due) }) : undefined;
        } else if (kind === 'activity') {
          const a = getActivity(vault.store, hit.id);
          secondary = a ? fmt.day(a.date) : undefined;
        }
        records.push({
          key: `${kind}:${hit.id}`,
          group: kind,
          primary: hit.title,
          ...(secondary ? { secondary } : {}),
          run: () => onOpenRecord(kind, hit.id),
        });
      }
    }
    return [...records, ...matchingActions];
  }, [query, actions, ready, search, vault.store, fmt, t, onOpenRecord]);

  const current = Math.min(active, Math.max(0, items.length - 1));
  const choose = (item: Item | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, items.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + items.length) % Math.max(1, items.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(items[current]);
    }
  };

  const groups = [...PALETTE_KINDS, 'actions' as const].filter((g) => items.some((i) => i.group === g));

  return (
    <Box>
      <TextField
        autoFocus
        fullWidth
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder={t('search.placeholder')}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-label': t('search.label'),
            'aria-expanded': items.length > 0,
            'aria-controls': 'palette-results',
            'aria-activedescendant': items[current] ? `palette-${items[current].key}` : undefined,
            'aria-autocomplete': 'list',
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
        }}
        sx={{ '& fieldset': { border: 'none' }, borderBottom: 1, borderColor: 'divider' }}
      />
      {!ready && query.trim() && (
        <Box role="status" sx={{ px: 2, py: 1 }}>
          <Typography variant="body2">
            {t('search.indexing', { percent: Math.round(progress * 100) })}
          </Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-hidden />
        </Box>
      )}
      <List
        id="palette-results"
        role="listbox"
        aria-label={t('search.label')}
        dense
        sx={{ maxHeight: 420, overflow: 'auto' }}
      >
        {groups.map((g) => (
          <Box key={g} role="group" aria-labelledby={`palette-group-${g}`}>
            <ListSubheader id={`palette-group-${g}`} role="presentation">
              {t(`search.groups.${g}`)}
            </ListSubheader>
            {items
              .map((item, index) => ({ item, index }))
              .filter(({ item }) => item.group === g)
              .map(({ item, index }) => (
                <ListItemButton
                  key={item.key}
                  id={`palette-${item.key}`}
                  role="option"
                  aria-selected={index === current}
                  selected={index === current}
                  tabIndex={-1}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(item)}
                >
                  <ListItemText primary={item.primary} secondary={item.secondary} />
                </ListItemButton>
              ))}
          </Box>
        ))}
        {query.trim() && ready && items.length === 0 && (
          <Typography sx={{ px: 2, py: 1 }} color="text.secondary">
            {t('search.noResults')}
          </Typography>
        )}
      </List>
    </Box>
  );
}
