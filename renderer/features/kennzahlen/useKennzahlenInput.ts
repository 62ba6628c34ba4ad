// The records the Kennzahlen are counted from, and the years that have any.
import { useMemo } from 'react';
import type { KennzahlenInput } from '../../../shared/kennzahlen/build';
import { receivedYears } from '../../../shared/stats/inquiryColumns';
import { useNow } from '../../components/useNow';
import { useActivities, useFollowups, useInquiries, usePersons, useSettings } from '../../data/hooks';

export function useKennzahlenInput(): KennzahlenInput {
  const inquiries = useInquiries();
  const followups = useFollowups();
  const activities = useActivities();
  const persons = usePersons();
  const settings = useSettings();
  return useMemo(
    () => ({ inquiries, followups, activities, persons, settings }),
    [inquiries, followups, activities, persons, settings],
  );
}

/** This year and every earlier year with inquiries or activities, the newest first. */
export function useKennzahlenYears(): number[] {
  const now = useNow();
  const inquiries = useInquiries();
  const activities = useActivities();
  return useMemo(() => {
    const set = new Set<number>([now.getFullYear(), ...receivedYears(inquiries)]);
    for (const a of activities) set.add(Number(a.date.slice(0, 4)));
    return [...set].filter((y) => y <= now.getFullYear()).sort((a, b) => b - a);
  }, [inquiries, activities, now]);
}
