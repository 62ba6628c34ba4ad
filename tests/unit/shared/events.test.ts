// Event series (Interkulturelle Woche): the forms' limits and messages, the contributions' status
// steps, the milestones' follow-ups kept in step, and an approved contribution as an Aktivität that
// the dashboard and the Jahresbericht count.
import { describe, expect, it } from 'vitest';
import type { FollowupData } from '../../../shared/domain/followup';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import { reconcileSourcedFollowups } from '../../../shared/domain/sourcedFollowups';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { computeDashboard } from '../../../shared/stats/dashboard';
import {
  contributionStored,
  seriesStored,
  type ContributionData,
  type SeriesData,
} from '../../../shared/outreach/eventRecords';
import {
  activityRefusal,
  contributionActivity,
  durationMinutes,
  EVENT_ACTIVITY_TYPE,
} from '../../../shared/outreach/eventsActivity';
import {
  contributionDraftSchema,
  contributionDraftToData,
  contributionToDraft,
  emptyContributionDraft,
  outsideSeries,
  seriesDraftSchema,
  seriesDraftToData,
  SHORT_TEXT_MAX,
  type ContributionDraft,
  type SeriesDraft,
} from '../../../shared/outreach/eventsForm';
import {
  milestoneDates,
  milestoneSource,
  nextMilestone,
  parseOutreachSource,
  type MilestoneDate,
} from '../../../shared/outreach/eventsMilestones';
import {
  canMoveContribution,
  contributionStatusChoices,
  countByStatus,
  nextContributionStatuses,
} from '../../../shared/outreach/eventsStatus';
import { reportInput } from './reportFixture';

const IKW: SeriesData = {
  kind: 'series',
  title: 'Interkulturelle Woche 2026',
  motto: 'Dafür!',
  from: '2026-09-20',
  to: '2026-09-27',
  callText: 'Machen Sie mit!',
  milestones: [
    { id: 'm-call', kind: 'call', day: '2026-04-01', note: '' },
    { id: 'm-sub', kind: 'submission', day: '2026-06-30', note: '' },
    { id: 'm-print', kind: 'print', day: '2026-08-15', note: 'Druckerei Harzdruck' },
  ],
  funderCredit: 'Gefördert vom Land Sachsen-Anhalt',
  notes: '',
};

const seriesDraft = (fields: Partial<SeriesDraft> = {}): SeriesDraft => {
  const { kind: _kind, ...draft } = IKW;
  return { ...draft, ...fields };
};

const contributionDraft = (fields: Partial<ContributionDraft> = {}): ContributionDraft => ({
  ...emptyContributionDraft('2026-09-21'),
  title: 'Interkulturelles Frühstück',
  organisationId: 'org-1',
  startTime: '09:30',
  endTime: '11:00',
  ...fields,
});

/** The message keys the schema gives, by field. */
function messages(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('the series form', () => {
  it('takes a full series and stores it with its milestones in the order of their days', () => {
    const parsed = seriesDraftSchema.parse(
      seriesDraft({ milestones: [...IKW.milestones].reverse(), title: '  IKW 2026  ' }),
    );
    const data = seriesDraftToData(parsed);
    expect(data.title).toBe('IKW 2026');
    expect(data.milestones.map((m) => m.kind)).toEqual(['call', 'submission', 'print']);
    expect(seriesStored.safeParse(data).success).toBe(true);
  });

  it('refuses a missing title, a period ending before it starts and days outside 2000–2099', () => {
    expect(messages(seriesDraftSchema.safeParse(seriesDraft({ title: '  ' })))).toEqual({
      title: 'events.validation.nameRequired',
    });
    expect(messages(seriesDraftSchema.safeParse(seriesDraft({ to: '2026-09-19' })))).toEqual({
      to: 'events.validation.periodOrder',
    });
    // One day is a period too.
    expect(seriesDraftSchema.safeParse(seriesDraft({ to: '2026-09-20' })).success).toBe(true);
    // A half-typed year (0006) and a typo (2206) are refused, on the series and on a milestone.
    expect(messages(seriesDraftSchema.safeParse(seriesDraft({ from: '0006-09-20' })))).toEqual({
      from: 'events.validation.dayRange',
    });
    expect(
      messages(
        seriesDraftSchema.safeParse(
          seriesDraft({ milestones: [{ id: 'm', kind: 'press', day: '2206-09-01', note: '' }] }),
        ),
      ),
    ).toEqual({ 'milestones.0.day': 'events.validation.dayRange' });
    expect(messages(seriesDraftSchema.safeParse(seriesDraft({ from: '' })))).toEqual({
      from: 'events.validation.dayInvalid',
    });
  });
});

describe('the contribution form', () => {
  it('stores a contribution with its languages once each and keeps the link to its Aktivität', () => {
    const draft = contributionDraftSchema.parse(
      contributionDraft({ languages: ['Deutsch', ' Arabisch', 'Deutsch', ''] }),
    );
    const data = contributionDraftToData(draft, 'ou-1', undefined);
    expect(data.languages).toEqual(['Deutsch', 'Arabisch']);
    expect(data.activityId).toBe('');
    expect(contributionStored.safeParse(data).success).toBe(true);
    const linked = contributionDraftToData(draft, 'ou-1', { ...data, activityId: 'act-9' });
    expect(linked.activityId).toBe('act-9');
    expect(contributionToDraft(linked)).toEqual({ ...draft, languages: ['Deutsch', 'Arabisch'] });
  });

  it('allows 600 characters of short text and refuses the 601st with the limit named', () => {
    expect(SHORT_TEXT_MAX).toBe(600);
    expect(contributionDraftSchema.safeParse(contributionDraft({ shortText: 'a'.repeat(600) })).success).toBe(
      true,
    );
    expect(
      messages(contributionDraftSchema.safeParse(contributionDraft({ shortText: 'a'.repeat(601) }))),
    ).toEqual({ shortText: 'validationLimits.chars|max=600' });
  });

  it('wants a title and an organiser, times as HH:MM and an end after the start', () => {
    expect(
      messages(contributionDraftSchema.safeParse(contributionDraft({ title: '', organisationId: '' }))),
    ).toEqual({
      title: 'validation.titleRequired',
      organisationId: 'events.validation.organiserRequired',
    });
    // Times as people type them are taken: "9.30", "930", "18 Uhr".
    for (const [typed, stored] of [
      ['9:30', '09:30'],
      ['9.30', '09:30'],
      ['930', '09:30'],
      ['18 Uhr', '18:00'],
      ['18', '18:00'],
    ]) {
      const parsed = contributionDraftSchema.safeParse(contributionDraft({ startTime: typed, endTime: '' }));
      expect(parsed.success && parsed.data.startTime, typed).toBe(stored);
    }
    for (const bad of ['24:00', '12:60', '25 Uhr', 'abends'])
      expect(
        messages(contributionDraftSchema.safeParse(contributionDraft({ startTime: bad, endTime: '' }))),
      ).toEqual({
        startTime: 'validation.time',
      });
    expect(contributionDraftSchema.safeParse(contributionDraft({ startTime: '', endTime: '' })).success).toBe(
      true,
    );
    expect(messages(contributionDraftSchema.safeParse(contributionDraft({ endTime: '09:00' })))).toEqual({
      endTime: 'events.validation.endBeforeStart',
    });
    expect(messages(contributionDraftSchema.safeParse(contributionDraft({ startTime: '' })))).toEqual({
      startTime: 'events.validation.endWithoutStart',
    });
    expect(messages(contributionDraftSchema.safeParse(contributionDraft({ date: '1999-12-31' })))).toEqual({
      date: 'events.validation.dayRange',
    });
  });

  it('asks about a day outside the series, not about one inside it (both ends included)', () => {
    expect(outsideSeries('2026-09-20', IKW)).toBe(false);
    expect(outsideSeries('2026-09-27', IKW)).toBe(false);
    expect(outsideSeries('2026-09-19', IKW)).toBe(true);
    expect(outsideSeries('2026-10-01', IKW)).toBe(true);
  });
});

describe('contribution status', () => {
  it('moves one step forward or back: eingereicht → geprüft → freigegeben', () => {
    expect(nextContributionStatuses('eingereicht')).toEqual(['geprueft']);
    expect(nextContributionStatuses('geprueft')).toEqual(['eingereicht', 'freigegeben']);
    expect(nextContributionStatuses('freigegeben')).toEqual(['geprueft']);
    expect(contributionStatusChoices('eingereicht')).toEqual(['eingereicht', 'geprueft']);
    expect(contributionStatusChoices('freigegeben')).toEqual(['geprueft', 'freigegeben']);
    // A new contribution may start in any status (the office's own is approved at once).
    expect(canMoveContribution('eingereicht', 'freigegeben')).toBe(false);
    expect(canMoveContribution('freigegeben', 'eingereicht')).toBe(false);
    expect(canMoveContribution('geprueft', 'geprueft')).toBe(true);
    expect(contributionStatusChoices(undefined)).toEqual(['eingereicht', 'geprueft', 'freigegeben']);
  });

  it('counts contributions per status', () => {
    expect(
      countByStatus([{ status: 'eingereicht' }, { status: 'freigegeben' }, { status: 'eingereicht' }]),
    ).toEqual({ eingereicht: 2, geprueft: 0, freigegeben: 1 });
  });
});

describe('milestones become follow-ups', () => {
  const title = (d: MilestoneDate) => `${d.kind}: ${d.subject}`;
  const now = new Date('2026-05-01T10:00:00');
  const today = '2026-05-01';
  const reconcile = (series: SeriesData | undefined, linked: Array<{ id: string; data: FollowupData }>) =>
    reconcileSourcedFollowups(series && milestoneDates('s1', series, today), linked, title, now, {
      gone: 'remove',
    });

  it('creates one per coming milestone, none for one already passed', () => {
    const created = reconcile(IKW, []);
    expect(created.create).toEqual([
      {
        title: 'submission: Interkulturelle Woche 2026',
        due: '2026-06-30',
        notes: '',
        status: 'offen',
        source: 'outreach:s1:milestone:m-sub',
      },
      {
        title: 'print: Interkulturelle Woche 2026',
        due: '2026-08-15',
        notes: '',
        status: 'offen',
        source: 'outreach:s1:milestone:m-print',
      },
    ]);
    expect(parseOutreachSource('outreach:s1:milestone:m-sub')).toEqual({
      seriesId: 's1',
      milestoneId: 'm-sub',
    });
    expect(parseOutreachSource('funding:p1:proof')).toBeUndefined();
    expect(parseOutreachSource('outreach:s1:other:x')).toBeUndefined();
    expect(nextMilestone(IKW.milestones, today)?.id).toBe('m-sub');
    expect(nextMilestone(IKW.milestones, '2026-08-16')).toBeUndefined();
  });

  it('moves a milestone’s follow-up to its new day (reopened), retitles it, removes it with the milestone', () => {
    const sub: FollowupData = {
      title: 'submission: Interkulturelle Woche 2026',
      due: '2026-06-30',
      notes: '',
      status: 'offen',
      source: milestoneSource('s1', 'm-sub'),
    };
    const print: FollowupData = {
      ...sub,
      title: 'print: Interkulturelle Woche 2026',
      due: '2026-08-15',
      source: milestoneSource('s1', 'm-print'),
    };
    const linked = [
      { id: 'f-sub', data: { ...sub, status: 'erledigt' as const, doneAt: now.toISOString() } },
      { id: 'f-print', data: print },
    ];
    // The submission deadline is extended; the print date leaves the plan.
    const moved = reconcile(
      {
        ...IKW,
        milestones: [IKW.milestones[0]!, { id: 'm-sub', kind: 'submission', day: '2026-07-10', note: '' }],
      },
      linked,
    );
    expect(moved.create).toEqual([]);
    expect(moved.update).toEqual([{ id: 'f-sub', data: { ...sub, due: '2026-07-10', status: 'offen' } }]);
    expect(moved.remove).toEqual(['f-print']);
    // The series renamed: the open follow-ups say so, the day stays.
    const renamed = reconcile({ ...IKW, title: 'IKW 2026' }, [{ id: 'f-print', data: print }]);
    expect(renamed.update).toEqual([{ id: 'f-print', data: { ...print, title: 'print: IKW 2026' } }]);
    // Ticked off by hand and saved again unchanged: it stays done.
    const ticked = { ...print, status: 'erledigt' as const, doneAt: now.toISOString() };
    expect(reconcile(IKW, [{ id: 'f-print', data: ticked }]).update).toEqual([]);
    // The series deleted: every follow-up of it goes.
    expect(reconcile(undefined, linked).remove).toEqual(['f-sub', 'f-print']);
  });

  it('funding keeps closing what is gone instead of removing it', () => {
    const stale: FollowupData = {
      title: 'x',
      due: '2026-06-30',
      notes: '',
      status: 'offen',
      source: 'funding:p:proof',
    };
    const closed = reconcileSourcedFollowups([], [{ id: 'f', data: stale }], () => 'x', now);
    expect(closed.remove).toEqual([]);
    expect(closed.update[0]!.data.status).toBe('erledigt');
  });
});

describe('an approved contribution as an Aktivität', () => {
  const contribution: ContributionData = {
    ...contributionDraftToData(
      contributionDraft({ startTime: '18:00', endTime: '20:30' }),
      'ou-1',
      undefined,
    ),
    date: '2026-09-22',
    status: 'freigegeben',
  };

  it('takes day, start, duration, title and the organiser as partner organisation', () => {
    expect(durationMinutes('18:00', '20:30')).toBe(150);
    expect(durationMinutes('18:00', '')).toBeNull();
    expect(durationMinutes('', '20:30')).toBeNull();
    expect(durationMinutes('20:30', '18:00')).toBeNull();
    expect(contributionActivity(contribution, 'IKW 2026 · Bürgerhaus')).toEqual({
      date: '2026-09-22',
      startTime: '18:00',
      durationMinutes: 150,
      type: 'aktart-03',
      title: 'Interkulturelles Frühstück',
      organisationIds: ['org-1'],
      volunteerIds: [],
      participants: null,
      municipality: '',
      minutes: null,
      notes: 'IKW 2026 · Bürgerhaus',
    });
    expect(activityRefusal(contribution, false)).toBeUndefined();
    expect(activityRefusal({ ...contribution, status: 'geprueft' }, false)).toBe('notApproved');
    expect(activityRefusal({ ...contribution, activityId: 'a' }, true)).toBe('alreadyTaken');
    // The Aktivität was deleted since: the contribution may be taken over again.
    expect(activityRefusal({ ...contribution, activityId: 'a' }, false)).toBeUndefined();
  });

  it('counts in the dashboard and as a Veranstaltung in the Jahresbericht', () => {
    const activity = { ...contributionActivity(contribution, ''), id: 'ikw-1', createdAt: '', changedAt: '' };
    const query = {
      from: '2026-01-01',
      to: '2026-12-31',
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    } as const;
    const before = computeDashboard(
      reportInput.inquiries,
      reportInput.activities,
      reportInput.followups,
      query,
    );
    const after = computeDashboard(
      reportInput.inquiries,
      [...reportInput.activities, activity],
      reportInput.followups,
      query,
    );
    expect(after.totals.activities).toBe(before.totals.activities + 1);
    expect(after.workload.find((w) => w.key === '2026-09')!.activities).toBe(
      before.workload.find((w) => w.key === '2026-09')!.activities + 1,
    );

    const eventsRow = (activities: typeof reportInput.activities) => {
      const report = buildAnnualReport(
        { ...reportInput, activities },
        { from: '2026-01-01', to: '2026-12-31' },
        { language: 'de', createdAt: new Date(2027, 0, 10) },
      );
      const rows = report.sections.flatMap((s) => s.tables).flatMap((t) => t.rows);
      return {
        events: rows.find((r) => r.label === 'Veranstaltungen')?.current,
        byType: rows.find((r) => r.label === 'Veranstaltung (z. B. Interkulturelle Woche)')?.current,
      };
    };
    expect(EVENT_ACTIVITY_TYPE).toBe('aktart-03');
    const was = eventsRow(reportInput.activities);
    expect(was).toEqual({ events: 1, byType: 1 });
    expect(eventsRow([...reportInput.activities, activity])).toEqual({ events: 2, byType: 2 });
  });
});
