// The funding file's rules: sums to the cent, deadline defaults, the two-month check on drawn funds,
// status transitions, deadline follow-ups kept in step, receipt numbers, and the stored shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetFigures,
  defaultProofDue,
  drawnFundsWarnings,
  grantPart,
  proofDueOf,
  proofStatement,
  retainReceiptsUntil,
  spendBy,
  warningForNewPayment,
} from '../../../shared/funding/budget';
import {
  deadlinesOf,
  parseSource,
  reconcileFollowups,
  type FundingDeadline,
} from '../../../shared/funding/deadlines';
import {
  projectDraftSchema,
  projectToDraft,
  receiptDraftSchema,
  type FundingData,
  type ProjectData,
  type ReceiptData,
} from '../../../shared/funding/fundingRecords';
import { checkTransition, nextStatuses, withStatus } from '../../../shared/funding/projectStatus';
import { nextReceiptNumber } from '../../../shared/funding/receiptNumbers';
import { validateRecord } from '../../../shared/storage/records';
import type { FollowupData } from '../../../shared/domain/followup';
import { DEFAULT_RETENTION, findDue, planAnonymisation } from '../../../shared/retention/retention';
import { demoFunding } from '../../../shared/demo/fundingDemo';
import { PROJECTED_TABLES, projectData } from '../../../shared/stats/projection';

function project(over: Partial<ProjectData> = {}): ProjectData {
  return {
    kind: 'project',
    title: 'Koordinierungsstelle 2026',
    purpose: '',
    programmeId: '',
    from: '2026-01-01',
    to: '2026-12-31',
    status: 'bewilligt',
    award: {
      date: '2026-02-15',
      reference: 'LVwA 203',
      amountCents: 8_500_000,
      conditions: '',
      proofDue: '',
    },
    plan: [
      { id: 'personal', category: 'Personalausgaben', plannedCents: 8_000_000, ownShareCents: 800_000 },
      { id: 'sach', category: 'Sachausgaben', plannedCents: 1_000_000, ownShareCents: 100_000 },
      { id: 'honorar', category: 'Honorare', plannedCents: 444_000, ownShareCents: 44_400 },
    ],
    payments: [],
    proofSubmittedOn: '',
    notes: '',
    ...over,
  };
}

function receipt(date: string, amountCents: number, lineId: string, number = date): ReceiptData {
  return {
    kind: 'receipt',
    projectId: 'p',
    number,
    date,
    party: 'X',
    purpose: 'Y',
    amountCents,
    lineId,
    note: '',
  };
}

describe('plan against actual', () => {
  it('sums every line and the total exactly, to the cent, for any receipts (integer cents)', () => {
    const lineIds = ['personal', 'sach', 'honorar', '', 'gone'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cents: fc.integer({ min: 1, max: 1_000_000_000 }),
            line: fc.constantFrom(...lineIds),
          }),
          { maxLength: 200 },
        ),
        (entries) => {
          const receipts = entries.map((e, i) => receipt('2026-03-01', e.cents, e.line, String(i)));
          const budget = budgetFigures(project(), receipts);
          // Independently: BigInt sums per line, unknown lines pooled.
          const expected = new Map<string, bigint>();
          for (const e of entries) {
            const key = ['personal', 'sach', 'honorar'].includes(e.line) ? e.line : '';
            expected.set(key, (expected.get(key) ?? 0n) + BigInt(e.cents));
          }
          for (const line of budget.lines) {
            expect(BigInt(line.actualCents)).toBe(expected.get(line.line?.id ?? '') ?? 0n);
            expect(Number.isInteger(line.actualCents)).toBe(true);
          }
          const total = entries.reduce((n, e) => n + BigInt(e.cents), 0n);
          expect(BigInt(budget.total.actualCents)).toBe(total);
          expect(budget.total.receipts).toBe(entries.length);
          expect(budget.total.remainingCents).toBe(budget.total.plannedCents - budget.total.actualCents);
          // The row without a line exists exactly when some receipt is on no known line.
          expect(budget.lines.some((l) => !l.line)).toBe(
            entries.some((e) => e.line === '' || e.line === 'gone'),
          );
        },
      ),
    );
  });

  it('0,1 + 0,2 is 0,30 €: no binary fractions', () => {
    const budget = budgetFigures(project(), [
      receipt('2026-01-01', 10, 'sach'),
      receipt('2026-01-02', 20, 'sach'),
    ]);
    expect(budget.lines[1]!.actualCents).toBe(30);
  });

  it('the numerical statement: drawn, own share and unspent funds add up', () => {
    const p = project({
      payments: [
        { id: 'a', date: '2026-03-01', amountCents: 4_000_000, note: '' },
        { id: 'b', date: '2026-09-01', amountCents: 3_000_000, note: '' },
      ],
    });
    const statement = proofStatement(p, [
      receipt('2026-03-10', 5_000_000, 'personal'),
      receipt('2026-04-10', 1_234_56, 'sach'),
    ]);
    expect(statement.drawnCents).toBe(7_000_000);
    expect(statement.budget.total.actualCents).toBe(5_123_456);
    // The grant pays 8.500.000 / 9.444.000 of each euro: ⌊5.123.456 × 8.500.000 / 9.444.000⌋ = 4.611.327.
    // Drawn beyond that is unspent; the rest of the expenditure is the office's own share.
    expect(statement.unspentCents).toBe(7_000_000 - 4_611_327);
    expect(statement.ownShareActualCents).toBe(5_123_456 - 4_611_327);
    expect(statement.grantCents).toBe(8_500_000);
  });

  it('spending beyond the plan is the office’s own: the grant part never passes the award', () => {
    // ⌊10.000.000 × 8.500.000 / 9.444.000⌋ = 9.000.423 would be more than the 8.500.000 awarded.
    expect(grantPart(10_000_000, project())).toBe(8_500_000);
    const statement = proofStatement(
      project({ payments: [{ id: 'a', date: '2026-03-01', amountCents: 8_500_000, note: '' }] }),
      [receipt('2026-03-10', 10_000_000, 'personal')],
    );
    // Grant and own share add up to what was spent.
    expect(statement.ownShareActualCents).toBe(1_500_000);
    expect(statement.unspentCents).toBe(0);
  });

  it('the grant part of an expenditure is exact past 2^53 in the product (BigInt)', () => {
    const big = project({
      plan: [{ id: 'x', category: 'X', plannedCents: 9_999_999_999, ownShareCents: 0 }],
      award: { date: '2026-01-01', reference: '', amountCents: 9_999_999_998, conditions: '', proofDue: '' },
    });
    // 9,999,999,999 × 9,999,999,998 > 2^53: float arithmetic would round.
    expect(grantPart(9_999_999_999, big)).toBe(9_999_999_998);
    expect(grantPart(3, project())).toBe(Math.floor((3 * 8_500_000) / 9_444_000));
  });
});

describe('deadlines', () => {
  it('the proof of use is due six months after the end of the period unless the notice says otherwise', () => {
    expect(defaultProofDue('2026-12-31')).toBe('2027-06-30');
    expect(defaultProofDue('2026-08-31')).toBe('2027-02-28');
    // Six months from the day after the period: a period ending 30.06. is due 31.12., not 30.12.
    expect(defaultProofDue('2027-06-30')).toBe('2027-12-31');
    expect(proofDueOf(project())).toBe('2027-06-30');
    expect(proofDueOf(project({ award: { ...project().award, proofDue: '2027-03-31' } }))).toBe('2027-03-31');
  });

  it('drawn funds are to be spent within two months; receipts are kept five years after the proof', () => {
    expect(spendBy('2026-03-01')).toBe('2026-05-01');
    expect(spendBy('2026-12-31')).toBe('2027-02-28');
    expect(retainReceiptsUntil(project())).toBeUndefined();
    expect(retainReceiptsUntil(project({ proofSubmittedOn: '2027-05-20' }))).toBe('2032-05-20');
  });
});

describe('the two-month check on drawn funds', () => {
  const payments = [
    { id: 'a', date: '2026-03-01', amountCents: 4_000_000, note: '' },
    { id: 'b', date: '2026-09-01', amountCents: 3_000_000, note: '' },
  ];
  const receipts = [
    ...['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'].map((d) =>
      receipt(d, 1_300_000, 'personal'),
    ),
    receipt('2026-03-12', 23_456, 'sach'),
    receipt('2026-04-20', 18_000, 'honorar'),
    receipt('2026-06-15', 45_000, 'sach'),
    receipt('2026-09-28', 61_240, 'sach'),
    receipt('2026-10-05', 123_456, 'honorar'),
  ];

  it('warns where the payments drawn so far exceed the grant part of the receipts up to two months later', () => {
    const warnings = drawnFundsWarnings(project({ payments }), receipts, '2027-01-15');
    expect(warnings.map((w) => w.payment.id)).toEqual(['b']);
    const [w] = warnings;
    expect(w!.drawnCents).toBe(7_000_000);
    // Receipts up to 01.11.2026: 6.771.152 cents; grant part = ⌊6.771.152 × 8.500.000 / 9.444.000⌋.
    expect(w!.coveredCents).toBe(Math.floor((6_771_152 * 8_500_000) / 9_444_000));
    expect(w!.coveredCents).toBe(6_094_323);
    expect(w!.spendBy).toBe('2026-11-01');
    expect(w!.overdue).toBe(true);
    expect(drawnFundsWarnings(project({ payments }), receipts, '2026-10-15')[0]!.overdue).toBe(false);
  });

  it('no warning once the receipts cover the funds; a new request is checked before it is saved', () => {
    const covered = [...receipts, receipt('2026-10-20', 1_100_000, 'personal')];
    expect(drawnFundsWarnings(project({ payments }), covered, '2027-01-15')).toEqual([]);
    const next = { id: 'c', date: '2026-11-01', amountCents: 1_500_000, note: '' };
    expect(warningForNewPayment(project({ payments }), covered, next, '2026-11-01')?.drawnCents).toBe(
      8_500_000,
    );
    expect(
      warningForNewPayment(project({ payments: [] }), covered, { ...next, amountCents: 100 }, '2026-11-01'),
    ).toBeUndefined();
  });
});

describe('status', () => {
  it('moves one step at a time, back one step to correct, and refused only from "beantragt"', () => {
    expect(nextStatuses('idee')).toEqual(['beantragt']);
    expect(nextStatuses('beantragt')).toEqual(['idee', 'bewilligt', 'abgelehnt']);
    expect(nextStatuses('bewilligt')).toEqual(['beantragt', 'nachweis']);
    expect(nextStatuses('abgeschlossen')).toEqual(['geprueft']);
    expect(nextStatuses('abgelehnt')).toEqual(['beantragt']);
    expect(checkTransition(project({ status: 'bewilligt' }), 'geprueft')).toBe('notAllowed');
    expect(checkTransition(project({ status: 'idee' }), 'bewilligt')).toBe('notAllowed');
  });

  it('"bewilligt" needs the notice of award; handing in the proof notes its day', () => {
    const noAward = project({
      status: 'beantragt',
      award: { date: '', reference: '', amountCents: null, conditions: '', proofDue: '' },
    });
    expect(checkTransition(noAward, 'bewilligt')).toBe('awardMissing');
    expect(checkTransition(project({ status: 'beantragt' }), 'bewilligt')).toBeUndefined();
    expect(() => withStatus(noAward, 'bewilligt', '2026-03-01')).toThrow();
    const handedIn = withStatus(project(), 'nachweis', '2027-05-20');
    expect(handedIn.status).toBe('nachweis');
    expect(handedIn.proofSubmittedOn).toBe('2027-05-20');
    // The form refuses the same: a Vorhaben "bewilligt" without the notice's day and amount.
    const draft = { ...projectToDraft(noAward), status: 'bewilligt' as const };
    const result = projectDraftSchema.safeParse(draft);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('funding.validation.awardRequired');
  });
});

describe('deadline follow-ups', () => {
  const title = (d: FundingDeadline) => `${d.kind}: ${d.subject}`;
  const now = new Date('2026-03-01T10:00:00');

  it('an awarded Vorhaben has its proof of use and a spending deadline per payment; other states none', () => {
    const p = project({ payments: [{ id: 'a', date: '2026-03-01', amountCents: 100, note: '' }] });
    expect(deadlinesOf('p1', p, '2026-03-01').map((d) => [d.source, d.due])).toEqual([
      ['funding:p1:proof', '2027-06-30'],
      ['funding:p1:spend:a', '2026-05-01'],
    ]);
    expect(deadlinesOf('p1', { ...p, status: 'nachweis' }, '2026-03-01')).toEqual([]);
    expect(parseSource('funding:p1:spend:a')).toEqual({ recordId: 'p1', kind: 'spend' });
    expect(parseSource('something else')).toBeUndefined();
  });

  it('creates, moves, closes and de-duplicates follow-ups; passed programme deadlines are not created', () => {
    const p = project();
    const created = reconcileFollowups(deadlinesOf('p1', p, '2026-03-01'), [], title, now);
    expect(created.create).toEqual([
      {
        title: 'proof: Koordinierungsstelle 2026',
        due: '2027-06-30',
        notes: '',
        status: 'offen',
        source: 'funding:p1:proof',
      },
    ]);
    const stored: FollowupData = created.create[0]!;
    // A later notice moves the deadline: the same follow-up, on the new day, open again.
    const moved = reconcileFollowups(
      deadlinesOf('p1', project({ award: { ...p.award, proofDue: '2027-03-31' } }), '2026-03-01'),
      [{ id: 'f1', data: { ...stored, status: 'erledigt', doneAt: now.toISOString() } }],
      title,
      now,
    );
    expect(moved.create).toEqual([]);
    expect(moved.update).toEqual([{ id: 'f1', data: { ...stored, due: '2027-03-31', status: 'offen' } }]);
    // Proof handed in: the open follow-up is done, not deleted.
    const done = reconcileFollowups(
      deadlinesOf('p1', { ...p, status: 'nachweis' }, '2026-03-01'),
      [{ id: 'f1', data: stored }],
      title,
      now,
    );
    expect(done.update[0]!.data.status).toBe('erledigt');
    expect(done.remove).toEqual([]);
    // Two members saved at once: the second follow-up of the same deadline goes.
    const twice = reconcileFollowups(
      deadlinesOf('p1', p, '2026-03-01'),
      [
        { id: 'f2', data: stored },
        { id: 'f1', data: stored },
      ],
      title,
      now,
    );
    expect(twice.remove).toEqual(['f2']);
    expect(twice.create).toEqual([]);
    // The record deleted: all its follow-ups go.
    expect(reconcileFollowups(undefined, [{ id: 'f1', data: stored }], title, now).remove).toEqual(['f1']);
    // A programme's deadline that has passed gets no new follow-up, but keeps an existing one open.
    const programme = {
      kind: 'programme' as const,
      funder: 'Land',
      name: 'Integrationsfonds',
      version: '',
      ratePercent: 90,
      capCents: null,
      authority: '',
      deadlines: ['2026-02-01', '2026-10-31'],
      notes: '',
      link: '',
    };
    const fresh = reconcileFollowups(deadlinesOf('g', programme, '2026-03-01'), [], title, now);
    expect(fresh.create.map((f) => f.due)).toEqual(['2026-10-31']);
    const kept = reconcileFollowups(
      deadlinesOf('g', programme, '2026-03-01'),
      [
        {
          id: 'old',
          data: {
            title: 'programme: Integrationsfonds',
            due: '2026-02-01',
            notes: '',
            status: 'offen',
            source: 'funding:g:programme:2026-02-01',
          },
        },
      ],
      title,
      now,
    );
    expect(kept.update).toEqual([]);
  });
});

describe('receipt numbers and forms', () => {
  it('suggests the next number in the style of the highest', () => {
    expect(nextReceiptNumber([])).toBe('1');
    expect(nextReceiptNumber(['1', '2', '10'])).toBe('11');
    expect(nextReceiptNumber(['B-009', 'B-010'])).toBe('B-011');
    expect(nextReceiptNumber(['2027/41', 'Kasse'])).toBe('2027/42');
  });

  it('refuses a receipt without amount, with a negative one, or with fractions of a cent', () => {
    const ok = {
      number: '1',
      date: '2026-03-01',
      party: 'A',
      purpose: 'B',
      amountCents: 100,
      lineId: '',
      note: '',
    };
    expect(receiptDraftSchema.safeParse(ok).success).toBe(true);
    for (const amountCents of [null, 0, -5, 1.5]) {
      expect(receiptDraftSchema.safeParse({ ...ok, amountCents }).success, String(amountCents)).toBe(false);
    }
  });
});

describe('stored shape', () => {
  const meta = {
    createdAt: '2026-03-01T10:00:00.000Z',
    changedAt: '2026-03-01T10:00:00.000Z',
    deviceId: 'd',
    rev: 0,
  };

  it('accepts every kind of funding record as the app writes it', () => {
    expect(validateRecord('funding', 'p', { data: project(), meta }).ok).toBe(true);
    expect(validateRecord('funding', 'r', { data: receipt('2026-03-01', 100, 'sach'), meta }).ok).toBe(true);
  });

  it('refuses amounts that are not whole cents, unknown kinds and unknown fields', () => {
    const bad = [
      { ...receipt('2026-03-01', 100, ''), amountCents: 1.5 },
      { ...receipt('2026-03-01', 100, ''), kind: 'invoice' },
      { ...receipt('2026-03-01', 100, ''), iban: 'DE00' },
      { ...project(), status: 'irgendwas' },
    ];
    for (const data of bad)
      expect(validateRecord('funding', 'x', { data, meta }).ok, JSON.stringify(data)).toBe(false);
  });
});

describe('receipts under the Löschfristen', () => {
  const meta = {
    createdAt: '2020-01-01T10:00:00.000Z',
    changedAt: '2020-01-01T10:00:00.000Z',
    deviceId: 'd',
    rev: 0,
  };
  const stored = (id: string, data: ProjectData | ReceiptData) => ({ id, payload: { data, meta } });
  const input = {
    inquiries: [],
    followups: [],
    persons: [],
    funding: [
      stored('p-old', project({ status: 'nachweis', proofSubmittedOn: '2020-05-20' })),
      stored('p-open', project()),
      stored('r-1', {
        ...receipt('2019-03-01', 12_345, 'sach'),
        projectId: 'p-old',
        party: 'Ayşe Yılmaz',
        purpose: 'Honorar',
      }),
      stored('r-2', {
        ...receipt('2019-04-01', 500, 'sach'),
        projectId: 'p-old',
        anonymisedAt: '2025-06-01T00:00:00.000Z',
      }),
      stored('r-3', { ...receipt('2019-03-01', 700, 'sach'), projectId: 'p-open' }),
    ],
  };

  it('are due the day after five years from the proof of use, not before, and only once', () => {
    expect(findDue(input, DEFAULT_RETENTION, new Date('2025-05-20T23:00:00'))).toEqual([]);
    expect(findDue(input, DEFAULT_RETENTION, new Date('2025-05-21T08:00:00'))).toEqual([
      { rule: 'receipts', table: 'funding', id: 'r-1' },
    ]);
  });

  it('keep number, day, amount and line; payee and purpose go; the log says so', () => {
    const now = new Date('2025-05-21T08:00:00');
    const { writes, log } = planAnonymisation(input, findDue(input, DEFAULT_RETENTION, now), now, 'd', false);
    expect(writes).toHaveLength(1);
    const data = writes[0]!.payload.data as ReceiptData;
    expect(data).toMatchObject({
      number: '2019-03-01',
      date: '2019-03-01',
      amountCents: 12_345,
      lineId: 'sach',
    });
    expect(JSON.stringify(data)).not.toMatch(/Yılmaz|Honorar/);
    expect(log).toEqual([
      expect.objectContaining({ rule: 'receipts', table: 'funding', count: 1, ids: ['r-1'] }),
    ]);
    expect(validateRecord('funding', 'r-1', writes[0]!.payload).ok).toBe(true);
  });
});

describe('the demo funding file', () => {
  it('holds valid records, and the follow-ups the app would have made for its deadlines', () => {
    const now = new Date('2026-11-27T10:30:00');
    const { funding, followups } = demoFunding(now, ['o-1', 'o-2']);
    for (const r of funding) expect(validateRecord('funding', r.id, r.payload).ok, r.id).toBe(true);
    for (const r of followups) expect(validateRecord('followups', r.id, r.payload).ok, r.id).toBe(true);
    const titles = followups.map((f) => (f.payload.data as FollowupData).title);
    // This year's Vorhaben is awarded: its proof of use; last year's proof is handed in: none.
    expect(titles).toContain('Verwendungsnachweis einreichen: Koordinierungsstelle für Integration 2026');
    expect(titles.some((t) => t.includes('Integration 2025'))).toBe(false);
    expect(titles).toContain('Antragsfrist (beratener Antrag): Sprachcafé und Hausaufgabenhilfe');
    // No receipts after today.
    const receipts = funding
      .map((r) => r.payload.data as FundingData)
      .filter((d): d is ReceiptData => d.kind === 'receipt');
    expect(receipts.every((r) => r.date <= '2026-11-27')).toBe(true);
  });
});

describe('the office lead', () => {
  it('gets no funding record: the statistics projection has none for the table', () => {
    expect(PROJECTED_TABLES).not.toContain('funding');
    expect(projectData('funding', 'p', project() as unknown as Record<string, unknown>)).toBeUndefined();
  });
});

describe('deadlines that follow the receipts and the status', () => {
  const title = (d: FundingDeadline) => `${d.kind}: ${d.subject}`;
  const now = new Date('2026-04-01T10:00:00');
  const p = project({ payments: [{ id: 'a', date: '2026-03-01', amountCents: 1_000_000, note: '' }] });

  it('a payment has a spending deadline only while the receipts do not cover it', () => {
    const spend = (receipts: ReceiptData[]) =>
      deadlinesOf('p1', p, '2026-04-01', receipts).filter((d) => d.kind === 'spend');
    expect(spend([]).map((d) => d.due)).toEqual(['2026-05-01']);
    // 1.200.000 spent by 01.05.: the grant part ⌊1.200.000 × 8.500.000 / 9.444.000⌋ = 1.080.050 covers it.
    expect(spend([receipt('2026-04-20', 1_200_000, 'personal')])).toEqual([]);
    // Spent after the two months: not covered.
    expect(spend([receipt('2026-05-02', 1_200_000, 'personal')])).toHaveLength(1);
  });

  it('a deadline that comes back (status set back) reopens its follow-up', () => {
    const stored: FollowupData = {
      title: 'proof: Koordinierungsstelle 2026',
      due: '2027-06-30',
      notes: '',
      status: 'erledigt',
      doneAt: now.toISOString(),
      source: 'funding:p1:proof',
    };
    const back = deadlinesOf('p1', project(), '2026-04-01');
    // Saved again without a change of its deadlines: a follow-up marked done by hand stays done.
    expect(reconcileFollowups(back, [{ id: 'f1', data: stored }], title, now).update).toEqual([]);
    // Set back from "Nachweis eingereicht" to "bewilligt": the proof of use is due again.
    const reopened = reconcileFollowups(
      back,
      [{ id: 'f1', data: stored }],
      title,
      now,
      new Set(['funding:p1:proof']),
    );
    const { doneAt: _done, ...open } = stored;
    expect(reopened.update).toEqual([{ id: 'f1', data: { ...open, status: 'offen' } }]);
  });

  it('refuses a half-typed year ("31.03.6") and names the missing notice day', () => {
    const ok = {
      number: '1',
      date: '2026-03-01',
      party: 'A',
      purpose: 'B',
      amountCents: 100,
      lineId: '',
      note: '',
    };
    const year6 = receiptDraftSchema.safeParse({ ...ok, date: '0006-03-31' });
    expect(year6.success).toBe(false);
    expect(year6.error!.issues.map((i) => i.message)).toContain('funding.validation.dayRange');
    const noDay = projectDraftSchema.safeParse({ ...projectToDraft(project()), awardDate: '' });
    expect(noDay.error!.issues.map((i) => i.path.join('.'))).toEqual(['awardDate']);
  });
});
