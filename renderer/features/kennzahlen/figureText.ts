// A compared figure as text: the number, or "mind. 7" when withheld cells are in it.
import type { TFunction } from 'i18next';
import type { Figure } from '../../../shared/kennzahlen/compare';
import type { Formats } from '../../components/format';

export function figureText(f: Figure, t: TFunction, fmt: Formats): string {
  return f.exact ? fmt.figure(f.min) : t('kennzahlen.atLeast', { value: fmt.figure(f.min) });
}

/** Column names of the offices: the office's name, with its district or a number where two are alike. */
export function officeLabels(
  offices: ReadonlyArray<{ key: string; name: string; district: string }>,
): string[] {
  const base = offices.map((o) => o.name.trim() || o.district.trim() || o.key);
  const withDistrict = base.map((b, i) =>
    base.filter((x) => x === b).length > 1 && offices[i]!.district.trim()
      ? `${b} (${offices[i]!.district.trim()})`
      : b,
  );
  return withDistrict.map((b, i) =>
    withDistrict.filter((x) => x === b).length > 1
      ? `${b} ${withDistrict.slice(0, i + 1).filter((x) => x === b).length}`
      : b,
  );
}
