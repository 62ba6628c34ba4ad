// A text field for amounts, minutes and counts typed the way of the UI's language (German "85,50",
// "1.234,50 €", "1,5 h"; English "85.50", "1,234.50 €"). A number input would hand the browser's own
// reading of "85,50" to the form (it became 8.550 €); this keeps the typed text and parses it with the
// one shared parser (shared/domain/numberInput.ts).
import { useState } from 'react';
import { InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatForInput, PARSERS, type NumberKind, type ParseResult } from '../../shared/domain/numberInput';
import type { Language } from '../../shared/domain/settings';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  kind: NumberKind;
  value: number | null | undefined;
  /** The parsed value; null when empty; NaN while the text is not a number (the form then refuses it). */
  onChange: (value: number | null) => void;
};

const UNIT: Partial<Record<NumberKind, string>> = { euro: '€' };

export function NumberTextField({ kind, value, onChange, error, helperText, slotProps, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const parse = (typed: string) => PARSERS[kind](typed, language);
  // The text with the language it is written in: "200,00" must become "200.00" on a switch to English.
  const [typed, setTyped] = useState(() => ({ text: show(kind, value, language), language }));
  // A required field says "Bitte ausfüllen." once it was left empty, not as it opens.
  const [left, setLeft] = useState(false);
  const setText = (text: string) => setTyped({ text, language });
  const text = typed.text;
  const parsed = parse(text);
  // The form set a value itself (reset, a default), or the language changed: show the value instead
  // of the old text.
  if (typed.language !== language || !sameValue(parsed, value)) {
    setText(show(kind, value, language));
    // The form reset the field (the next receipt): it is fresh again.
    if (value === null || value === undefined) setLeft(false);
  }

  const problem = !parsed.ok
    ? parsed.error === 'tooLarge'
      ? t('figures.number.tooLarge')
      : t(`figures.number.${parsed.error}`, { context: kind })
    : rest.required && left && parsed.value === null
      ? t('figures.number.required')
      : undefined;
  const unit = UNIT[kind];
  return (
    <TextField
      {...rest}
      value={text}
      onChange={(e) => {
        const next = parse(e.target.value);
        setText(e.target.value);
        onChange(next.ok ? next.value : Number.NaN);
      }}
      onBlur={(e) => {
        // Show what was understood: "85,5" → "85,50", "1,5 h" → "90".
        if (parsed.ok && parsed.value !== null) setText(formatForInput(kind, parsed.value, language));
        setLeft(true);
        rest.onBlur?.(e);
      }}
      error={!!problem || error}
      helperText={problem ?? helperText}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: kind === 'minutes' ? 'text' : 'decimal', ...slotProps?.htmlInput },
        ...(unit ? { input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } } : {}),
      }}
    />
  );
}

function show(kind: NumberKind, value: number | null | undefined, language: Language): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? ''
    : formatForInput(kind, value, language);
}

/** Whether the text already stands for the form's value (NaN: the text is what is wrong). */
function sameValue(parsed: ParseResult, value: number | null | undefined): boolean {
  if (value === undefined || value === null) return parsed.ok && parsed.value === null;
  if (Number.isNaN(value)) return !parsed.ok || parsed.value === null;
  return parsed.ok && parsed.value === value;
}
