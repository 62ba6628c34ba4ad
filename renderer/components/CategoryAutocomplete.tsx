// Type-ahead choice from a category list: type a few letters, Enter takes the first match.
import type { Ref } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { selectableEntries, type CategoryEntry } from '../../shared/domain/categories';

interface Common {
  label: string;
  entries: readonly CategoryEntry[];
  required?: boolean;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Open the list when the field gets focus (useful for the first, still empty field). */
  openOnFocus?: boolean;
}

function byId(entries: readonly CategoryEntry[], id: string): CategoryEntry | null {
  return entries.find((e) => e.id === id) ?? (id ? { id, label: id } : null);
}

export function CategoryAutocomplete(props: Common & { value: string; onChange: (id: string) => void }) {
  const { label, entries, value, onChange, required, autoFocus, error, helperText, inputRef, openOnFocus } =
    props;
  return (
    <Autocomplete
      options={selectableEntries(entries, value ? [value] : [])}
      value={byId(entries, value)}
      onChange={(_e, v) => onChange(v?.id ?? '')}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      openOnFocus={!!openOnFocus && !value}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          autoFocus={autoFocus}
          inputRef={inputRef}
          error={error}
          helperText={helperText}
        />
      )}
    />
  );
}

export function CategoryMultiAutocomplete(
  props: Common & { value: string[]; onChange: (ids: string[]) => void },
) {
  const { label, entries, value, onChange, required, error, helperText, inputRef, autoFocus } = props;
  return (
    <Autocomplete
      multiple
      options={selectableEntries(entries, value)}
      value={value.map((id) => byId(entries, id)!)}
      onChange={(_e, v) => onChange(v.map((entry) => entry.id))}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          autoFocus={autoFocus}
          inputRef={inputRef}
          error={error}
          helperText={helperText}
        />
      )}
    />
  );
}
