// The team sync's merge: replicas that apply random changes while apart and exchange their states in
// random orders end with the same records, and no value disappears without a trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock, formatHlc, parseHlc, plainClock } from '../../../../shared/sync/hlc';
import { mergeVersions, type MergeRules } from '../../../../shared/sync/merge';
import { stampChange, type LiveVersion, type Version } from '../../../../shared/sync/versioned';

const RULES: MergeRules = { appendOnly: new Set(['history']) };
const FIELDS = ['subject', 'status', 'notes'] as const;

type Op =
  | { kind: 'create'; replica: number }
  | { kind: 'edit'; replica: number; record: number; field: number; value: number }
  | { kind: 'log'; replica: number; record: number }
  | { kind: 'erase'; replica: number; record: number }
  | { kind: 'anonymise'; replica: number; record: number }
  | { kind: 'sync'; replica: number; from: number }
  | { kind: 'wait'; replica: number; ms: number };

const op = (replicas: number): fc.Arbitrary<Op> => {
  const replica = fc.nat(replicas - 1);
  const record = fc.nat(3);
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), replica }) },
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        replica,
        record,
        field: fc.nat(FIELDS.length - 1),
        // -1 removes the field.
        value: fc.integer({ min: -1, max: 3 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('log' as const), replica, record }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), replica, record }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('anonymise' as const), replica, record }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), replica, from: replica }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        replica,
        ms: fc.integer({ min: -5, max: 50 }),
      }),
    },
  );
};

interface Write {
  id: string;
  field: string;
  value: unknown;
  clock: string;
  /** The field's clock on the writing replica before this write: the write it knowingly replaced. */
  replaced: string | undefined;
}

class Replica {
  records = new Map<string, Version>();
  wall = 1_767_000_000_000;
  readonly clock: HybridClock;
  constructor(readonly device: string) {
    this.clock = new HybridClock(device, () => this.wall);
  }
  change(
    id: string,
    previous: LiveVersion | undefined,
    data: Record<string, unknown>,
    writes: Write[],
  ): void {
    const clock = this.clock.tick();
    const next = stampChange(previous, data, clock, {
      createdAt: previous?.info.createdAt ?? new Date(this.wall).toISOString(),
      changedAt: new Date(this.wall).toISOString(),
      deviceId: this.device,
      rev: (previous?.info.rev ?? -1) + 1,
    });
    for (const [field, fieldClock] of Object.entries(next.clocks)) {
      if (fieldClock !== previous?.clocks[field]) {
        writes.push({ id, field, value: data[field], clock: fieldClock, replaced: previous?.clocks[field] });
      }
    }
    this.records.set(id, next);
  }
  receive(from: Replica): void {
    for (const [id, theirs] of from.records) {
      const mine = this.records.get(id);
      const merged = mine ? mergeVersions(mine, theirs, RULES) : theirs;
      if (!merged.erased) this.clock.observe(merged.clock);
      this.records.set(id, merged);
    }
  }
}

function run(replicaCount: number, ops: Op[]) {
  const replicas = Array.from({ length: replicaCount }, (_, i) => new Replica(`d-device${i}`));
  const writes: Write[] = [];
  let created = 0;
  for (const step of ops) {
    const replica = replicas[step.replica]!;
    const idOf = (n: number) => `r${n % Math.max(created, 1)}`;
    const current = (n: number) => replica.records.get(idOf(n));
    switch (step.kind) {
      case 'create': {
        const id = `r${created++}`;
        replica.change(id, undefined, { subject: 'neu', status: 0, history: [] }, writes);
        break;
      }
      case 'edit': {
        const record = current(step.record);
        if (!record || record.erased) break;
        const field = FIELDS[step.field]!;
        const data = { ...record.data };
        if (step.value === -1) delete data[field];
        else data[field] = step.value;
        replica.change(idOf(step.record), record, data, writes);
        break;
      }
      case 'log': {
        const record = current(step.record);
        if (!record || record.erased) break;
        const history = [
          ...((record.data.history as unknown[]) ?? []),
          { at: String(replica.wall), by: replica.device },
        ];
        replica.change(idOf(step.record), record, { ...record.data, history }, writes);
        break;
      }
      case 'erase':
        if (current(step.record)) replica.records.set(idOf(step.record), { erased: true });
        break;
      case 'anonymise': {
        const record = current(step.record);
        if (!record || record.erased) break;
        const { notes: _notes, ...rest } = record.data;
        replica.change(
          idOf(step.record),
          record,
          { ...rest, subject: 'anonymisiert', anonymisedAt: 'x' },
          writes,
        );
        break;
      }
      case 'sync':
        replica.receive(replicas[step.from]!);
        break;
      case 'wait':
        replica.wall += step.ms;
        break;
    }
  }
  // Back online: everyone exchanges with everyone until nothing changes.
  for (let round = 0; round < replicaCount + 1; round++) {
    for (const to of replicas) for (const from of replicas) if (to !== from) to.receive(from);
  }
  return { replicas, writes };
}

describe('team sync merge', () => {
  it('replicas that change records apart and exchange in any order end equal, and lose nothing silently', () => {
    let conflictsNoted = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(op(n), { minLength: 30, maxLength: 120 }))),
        ([n, ops]) => {
          const { replicas, writes } = run(n, ops);
          const [first, ...others] = replicas;
          for (const other of others)
            expect(Object.fromEntries(other.records)).toEqual(Object.fromEntries(first!.records));

          // A value is replaced knowingly when a later write was made over it (or over the same value
          // written elsewhere at the same time: equal values merge without a conflict).
          const valueAt = new Map(
            writes.map((w) => [`${w.id}|${w.field}|${w.clock}`, JSON.stringify(w.value)]),
          );
          const replacedKnowingly = new Set(
            writes.map((w) => `${w.id}|${w.field}|${valueAt.get(`${w.id}|${w.field}|${w.replaced}`)}`),
          );
          for (const write of writes) {
            const final = first!.records.get(write.id)!;
            // Erased and anonymised records are meant to lose their values.
            if (final.erased || final.data.anonymisedAt !== undefined) continue;
            if (write.field === 'history') {
              for (const entry of (write.value as unknown[]) ?? [])
                expect(final.data.history).toContainEqual(entry);
              continue;
            }
            const kept = JSON.stringify(final.data[write.field]) === JSON.stringify(write.value);
            const replaced = replacedKnowingly.has(
              `${write.id}|${write.field}|${JSON.stringify(write.value)}`,
            );
            // Noted: its own conflict entry, or one with the same value (equal values from two
            // members merge silently into one write, which may then lose and be noted).
            const noted = final.conflicts.some(
              (c) =>
                c.field === write.field &&
                (c.clock === write.clock || JSON.stringify(c.value) === JSON.stringify(write.value)),
            );
            if (noted && !kept && !replaced) conflictsNoted++;
            expect(
              kept || replaced || noted,
              `${write.id}.${write.field} = ${String(write.value)} at ${write.clock}`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.MERGE_RUNS ?? 400) },
    );
    // The runs did meet real conflicts (else "nothing lost" would hold trivially).
    expect(conflictsNoted).toBeGreaterThan(10);
  });

  it('both changed the same field: the later wins on both devices, the other value is noted as a conflict', () => {
    const a = new Replica('d-anna');
    const b = new Replica('d-ben');
    a.change('r', undefined, { subject: 'Sprachkurs', status: 'offen' }, []);
    b.receive(a);
    a.wall += 1000;
    b.wall += 2000;
    a.change('r', a.records.get('r') as LiveVersion, { subject: 'Sprachkurs B1', status: 'offen' }, []);
    b.change('r', b.records.get('r') as LiveVersion, { subject: 'Integrationskurs', status: 'erledigt' }, []);
    a.receive(b);
    b.receive(a);
    const merged = a.records.get('r') as LiveVersion;
    expect(b.records.get('r')).toEqual(merged);
    expect(merged.data).toEqual({ subject: 'Integrationskurs', status: 'erledigt' });
    expect(merged.conflicts).toEqual([
      { field: 'subject', value: 'Sprachkurs B1', clock: expect.stringMatching(/d-anna$/) },
    ]);
  });

  it('different fields changed apart: both changes kept, no conflict', () => {
    const a = new Replica('d-anna');
    const b = new Replica('d-ben');
    a.change('r', undefined, { subject: 'Sprachkurs', status: 'offen', notes: '' }, []);
    b.receive(a);
    a.change(
      'r',
      a.records.get('r') as LiveVersion,
      { subject: 'Sprachkurs', status: 'erledigt', notes: '' },
      [],
    );
    b.wall += 5000;
    b.change(
      'r',
      b.records.get('r') as LiveVersion,
      { subject: 'Sprachkurs', status: 'offen', notes: 'Rückruf' },
      [],
    );
    a.receive(b);
    const merged = a.records.get('r') as LiveVersion;
    expect(merged.data).toEqual({ subject: 'Sprachkurs', status: 'erledigt', notes: 'Rückruf' });
    expect(merged.conflicts).toEqual([]);
  });

  it('erasure and anonymisation win over later edits made elsewhere; no erased or personal value survives', () => {
    const a = new Replica('d-anna');
    const b = new Replica('d-ben');
    a.change('e', undefined, { subject: 'Familie Haddad' }, []);
    a.change('n', undefined, { subject: 'Familie Haddad', notes: '0170 555', status: 'erledigt' }, []);
    b.receive(a);
    a.records.set('e', { erased: true });
    a.change(
      'n',
      a.records.get('n') as LiveVersion,
      { subject: 'anonymisiert', status: 'erledigt', anonymisedAt: 'x' },
      [],
    );
    b.wall += 60_000;
    b.change('e', b.records.get('e') as LiveVersion, { subject: 'Familie Haddad, Rückruf' }, []);
    b.change(
      'n',
      b.records.get('n') as LiveVersion,
      { subject: 'Familie Haddad', notes: '0170 555 neu', status: 'offen' },
      [],
    );
    b.receive(a);
    expect(b.records.get('e')).toEqual({ erased: true });
    const n = b.records.get('n') as LiveVersion;
    // The status is not personal: the later edit stays; the personal fields stay anonymised.
    expect(n.data).toEqual({ subject: 'anonymisiert', status: 'offen', anonymisedAt: 'x' });
    expect(JSON.stringify(n)).not.toMatch(/Haddad|0170/);
  });

  it('a device whose wall clock lags still orders its changes after what it has seen', () => {
    const clock = new HybridClock('d-slow', () => 1000);
    const ahead = formatHlc({ ms: 5000, counter: 7, device: 'd-fast' });
    clock.observe(ahead);
    const next = clock.tick();
    expect(next > plainClock(ahead)).toBe(true);
    expect(parseHlc(next)).toEqual({ ms: 5000, counter: 8, device: 'd-slow' });
  });
});
