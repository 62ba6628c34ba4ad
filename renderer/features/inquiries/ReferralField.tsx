// "Verwiesen an": network organisations (linked), earlier free-text targets, or a new organisation.
// Creating one is a deliberate step: the "… als Organisation anlegen" option comes last and asks
// first, and a name that means an existing organisation offers "Vorhandene verwenden".
import { useMemo, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/network';
import { CreateOrganisationDialog } from './CreateOrganisationDialog';

type ReferralItem =
  | { kind: 'org'; id: string; label: string }
  | { kind: 'text'; label: string }
  | { kind: 'new'; label: string };

const lower = (s: string) => s.trim().toLocaleLowerCase('de');

export function ReferralField(props: {
  orgs: Organisation[];
  referralOptions: string[];
  texts: string[];
  orgIds: string[];
  /** The typed, not yet taken text (the form saves it as it stands on Ctrl+Enter). */
  input: string;
  onInputChange: (input: string) => void;
  onChange: (texts: string[], orgIds: string[]) => void;
  onCreateOrganisation: (name: string) => Promise<string>;
}) {
  const { t } = useTranslation();
  const { orgs, referralOptions, texts, orgIds, input, onInputChange, onChange, onCreateOrganisation } =
    props;
  const [toCreate, setToCreate] = useState<string | null>(null);
  const orgById = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const value: ReferralItem[] = [
    ...orgIds.map((id) => ({ kind: 'org' as const, id, label: orgById.get(id)?.name ?? id })),
    ...texts.map((label) => ({ kind: 'text' as const, label })),
  ];
  const options: ReferralItem[] = [
    ...orgs.map((o) => ({ kind: 'org' as const, id: o.id, label: o.name })),
    ...referralOptions
      .filter((r) => !orgs.some((o) => o.name === r))
      .map((label) => ({ kind: 'text' as const, label })),
  ];
  const needle = lower(input);
  const hasMatch = !!needle && options.some((o) => lower(o.label).includes(needle));

  const apply = (items: Array<ReferralItem | string>) => {
    const nextTexts: string[] = [];
    const nextOrgs: string[] = [];
    for (const item of items) {
      if (typeof item === 'string') {
        // Enter on typed text takes the first matching organisation, else keeps the text.
        const typed = lower(item);
        const match = typed ? orgs.find((o) => lower(o.name).includes(typed)) : undefined;
        if (match) nextOrgs.push(match.id);
        else if (item.trim()) nextTexts.push(item.trim());
      } else if (item.kind === 'org') nextOrgs.push(item.id);
      else if (item.kind === 'text') nextTexts.push(item.label);
      // A new organisation only after the question (see CreateOrganisationDialog).
      else setToCreate(item.label);
    }
    onChange([...new Set(nextTexts)], [...new Set(nextOrgs)]);
  };

  const link = (orgId: string) => {
    setToCreate(null);
    onChange(texts, [...new Set([...orgIds, orgId])]);
  };

  return (
    <>
      <Autocomplete<ReferralItem, true, false, true>
        multiple
        freeSolo
        autoHighlight={hasMatch}
        options={options}
        value={value}
        inputValue={input}
        onInputChange={(_e, v) => onInputChange(v)}
        onChange={(_e, items) => apply(items)}
        getOptionLabel={(o) => (typeof o === 'string' ? o : o.label)}
        isOptionEqualToValue={(a, b) => typeof b !== 'string' && a.kind === b.kind && a.label === b.label}
        filterOptions={(opts, state) => {
          const q = lower(state.inputValue);
          const matches = q ? opts.filter((o) => lower(o.label).includes(q)) : opts;
          const exactOrg = orgs.some((o) => lower(o.name) === q);
          return q && !exactOrg ? [...matches, { kind: 'new', label: state.inputValue.trim() }] : matches;
        }}
        renderOption={(optionProps, option) => {
          const { key, ...rest } = optionProps as typeof optionProps & { key: string };
          return (
            <li key={key} {...rest}>
              {option.kind === 'new'
                ? t('inquiries.createOrganisation', { name: option.label })
                : option.label}
            </li>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('inquiries.fields.referrals')}
            helperText={t('inquiries.referralsHelp')}
          />
        )}
      />
      <CreateOrganisationDialog
        name={toCreate}
        organisations={orgs}
        onCancel={() => {
          // The typed name stays in the field: Enter keeps it as free text, or it can be corrected.
          onInputChange(toCreate ?? '');
          setToCreate(null);
        }}
        onUseExisting={link}
        onCreate={async (name) => link(await onCreateOrganisation(name))}
      />
    </>
  );
}
