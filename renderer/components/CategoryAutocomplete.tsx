// Type-ahead choice from a category list: type a few letters, Enter takes the first match.
// The list opens on typing or Alt+Down, never on focus alone: a dialog opening with its first field
// focused would otherwise spend the first Esc on closing the list.
import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { Autocomplete, TextField, type AutocompleteRenderInputParams } from '@mui/material';
import { selectableEntries, type CategoryEntry } from '../../shared/domain/categories';

interface Common {
  label: string;
  entries: readonly CategoryEntry[];
  required?: boolean;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: string;
  inputRef?: Ref<HTMLInputElement>;
}

function byId(entries: readonly CategoryEntry[], id: string): CategoryEntry | null {
  return entries.find((e) => e.id === id) ?? (id ? { id, label: id } : null);
}

/** What the single and the multiple choice share: the options' labels, the first match highlighted,
 * and the text field. */
function shared({ label, required, autoFocus, error, helperText, inputRef }: Common) {
  return {
    getOptionLabel: (o: CategoryEntry) => o.label,
    isOptionEqualToValue: (a: CategoryEntry, b: CategoryEntry) => a.id === b.id,
    autoHighlight: true,
    // Enter picks the highlighted match and nothing else: with no match it sent the whole form (the
    // errors of every empty field at once, and the focus pulled back here while typing on).
    // Ctrl+Enter still saves.
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
    },
    renderInput: (params: AutocompleteRenderInputParams) => (
      <TextField {...params} {...{ label, required, autoFocus, inputRef, error, helperText }} />
    ),
  };
}

export function CategoryAutocomplete(props: Common & { value: string; onChange: (id: string) => void }) {
  const { entries, value, onChange } = props;
  return (
    <Autocomplete
      {...shared(props)}
      options={selectableEntries(entries, value ? [value] : [])}
      value={byId(entries, value)}
      onChange={(_e, v) => onChange(v?.id ?? '')}
    />
  );
}

export function CategoryMultiAutocomplete(
  props: Common & { value: string[]; onChange: (ids: string[]) => void },
) {
  const { entries, value, onChange } = props;
  // The same array while nothing changed: MUI clears the typed text whenever `value` is a new one,
  // so a re-render while typing (a list loading) would otherwise wipe it.
  const chosen = useMemo(() => value.map((id) => byId(entries, id)!), [entries, value]);
  return (
    <Autocomplete
      {...shared(props)}
      multiple
      options={selectableEntries(entries, value)}
      value={chosen}
      onChange={(_e, v) => onChange(v.map((entry) => entry.id))}
    />
  );
}
