// React access to the unlocked vault's records; every hook re-renders on change.
import { useEffect, useState } from 'react';
import type { Followup } from '../../shared/domain/followup';
import type { Inquiry } from '../../shared/domain/inquiry';
import type { DeviceSettings, Settings } from '../../shared/domain/settings';
import { listFollowups } from './followups';
import { allInquiries, listInquiries } from './inquiries';
import { listActivities, listOrganisations, listPersons } from './network';
import type { Activity, Organisation, Person } from '../../shared/domain/network';
import { searchServiceOf, type SearchService } from './search';
import { readDeviceSettings, readSettings } from './settings';
import { listTemplates, type InquiryTemplate } from './templates';
import { useStoreVersion, useVaultSession } from './VaultContext';
import { isLeadDevice } from './sync/lead';
import { fundingFile, type FundingFile } from './funding';
import { outreachFile, type OutreachFile } from './outreach';
import { hasInquiryColumns, inquiryColumnsInSteps } from '../../shared/stats/inquiryColumns';
import { nextTask } from './backgroundTask';

export function useSettings(): Settings {
  const { vault } = useVaultSession();
  useStoreVersion();
  return readSettings(vault.store);
}

/** This computer is the office lead's (figures only). */
export function useLeadMode(): boolean {
  const { vault } = useVaultSession();
  useStoreVersion();
  return isLeadDevice(vault);
}

export function useDeviceSettings(): DeviceSettings {
  const { vault } = useVaultSession();
  useStoreVersion();
  return readDeviceSettings(vault);
}

export function useInquiries(): Inquiry[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listInquiries(vault.store);
}

/** All inquiries in no particular order (cheaper at unlock than the sorted list). */
export function useAllInquiries(): Inquiry[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return allInquiries(vault.store);
}

/**
 * The inquiries for a screen of figures (Auswertung, Team): the current list once its statistics
 * columns are built, until then the last list that had them (a moment old), and undefined before the
 * first. The columns of 50,000 records are built in steps of a few milliseconds, so opening the
 * screen — the lead's start screen right after unlock — is no single long task.
 */
export function useInquiriesForFigures(): readonly Inquiry[] | undefined {
  const inquiries = useInquiries();
  const [built, setBuilt] = useState<readonly Inquiry[] | undefined>(() =>
    hasInquiryColumns(inquiries) ? inquiries : undefined,
  );
  const ready = hasInquiryColumns(inquiries);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      // (After this render: columns the background warm-up built meanwhile are shown too.)
      await Promise.resolve();
      if (!hasInquiryColumns(inquiries)) {
        const steps = inquiryColumnsInSteps(inquiries);
        for (let step = steps.next(); !step.done; step = steps.next()) {
          await nextTask();
          if (stopped) return;
        }
      }
      if (!stopped) setBuilt(inquiries);
    })();
    return () => {
      stopped = true;
    };
  }, [inquiries]);
  return ready ? inquiries : built;
}

export function useFollowups(): Followup[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listFollowups(vault.store);
}

export function useTemplates(): InquiryTemplate[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listTemplates(vault.store);
}

/** The search service, and how far its index is built (0–1). */
export function useSearch(): { search: SearchService; progress: number } {
  const { vault } = useVaultSession();
  const search = searchServiceOf(vault);
  const [progress, setProgress] = useState(search.progress);
  useEffect(() => {
    const off = search.onProgress(setProgress);
    void search.ensureBuilt();
    return off;
  }, [search]);
  return { search, progress };
}

export function useOrganisations(): Organisation[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listOrganisations(vault.store);
}

export function usePersons(): Person[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listPersons(vault.store);
}

/** Event series and contributions, Wegweiser offers, newsletter issues. */
export function useOutreachFile(): OutreachFile {
  const { vault } = useVaultSession();
  useStoreVersion();
  return outreachFile(vault.store);
}

/** Programmes, Vorhaben, receipts and advised applications. */
export function useFundingFile(): FundingFile {
  const { vault } = useVaultSession();
  useStoreVersion();
  return fundingFile(vault.store);
}

export function useActivities(): Activity[] {
  const { vault } = useVaultSession();
  useStoreVersion();
  return listActivities(vault.store);
}
