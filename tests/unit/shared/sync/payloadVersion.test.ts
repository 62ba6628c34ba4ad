// The clocks and the server mark inside a team record's payload: what is stored is read back as the
// same version, in its short form and in the earlier long one.
import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, legacyClock } from '../../../../shared/sync/hlc';
import {
  decodeMark,
  encodeMark,
  markOfPayload,
  payloadOfVersion,
  versionOfPayload,
  withMark,
  type DocMark,
  type PayloadShape,
} from '../../../../shared/sync/payloadVersion';
import { mergeVersions } from '../../../../shared/sync/merge';
import { stampChange, type LiveVersion, type RecordInfo } from '../../../../shared/sync/versioned';

const ANNA = 'd-annaPC0000001';
const BEN = 'd-benLaptop0002';
const clock = (ms: number, device: string) => formatHlc({ ms, counter: 0, device });
const info = (deviceId: string, changedAt: string): RecordInfo => ({
  createdAt: '2026-11-02T08:00:00.000Z',
  changedAt,
  deviceId,
  rev: 0,
});
const DOC = '0123456789abcdef0123456789abcdef';
const LEAF = `1-${'a'.repeat(32)}`;

function annasInquiry(): LiveVersion {
  return stampChange(
    undefined,
    { subject: 'Sprachkurs für Familie Haddad', status: 'offen', topics: ['thema-01'] },
    clock(Date.parse('2026-11-02T08:00:00Z'), ANNA),
    info(ANNA, '2026-11-02T08:00:00.000Z'),
  );
}

describe('a team record’s clocks in its payload', () => {
  it('a record one member wrote at its change time stores no clocks at all, and reads back the same', () => {
    const version = annasInquiry();
    const payload = payloadOfVersion(version);
    expect(payload.meta.sync).toBeUndefined();
    expect(versionOfPayload(payload)).toEqual(version);
  });

  it('a clock other than the change time’s (a second change in the same millisecond) is kept, alone', () => {
    const version = stampChange(
      undefined,
      { subject: 'Rückruf Jobcenter' },
      formatHlc({ ms: Date.parse('2026-11-02T08:00:00Z'), counter: 1, device: ANNA }),
      info(ANNA, '2026-11-02T08:00:00.000Z'),
    );
    const payload = payloadOfVersion(version);
    expect(Object.keys(payload.meta.sync!)).toEqual(['clock']);
    expect(versionOfPayload(payload)).toEqual(version);
  });

  it('a device’s clock takes the change’s own time when it is within a second of now', () => {
    const now = Date.parse('2026-11-30T10:00:00.500Z');
    const device = new HybridClock(ANNA, () => now);
    const changedAt = Date.parse('2026-11-30T10:00:00.120Z');
    expect(device.tick(changedAt)).toBe(legacyClock('2026-11-30T10:00:00.120Z', ANNA));
    // The same time again: the counter moves on, the clock stays above the last.
    expect(device.tick(changedAt) > legacyClock('2026-11-30T10:00:00.120Z', ANNA)).toBe(true);
    // A change time far from now (an imported date) does not pull the clock back.
    expect(device.tick(Date.parse('2020-01-01T00:00:00Z'))).toBe(
      formatHlc({ ms: now, counter: 0, device: ANNA }),
    );
  });

  it('fields changed later, a second member’s change and a merge keep what differs, and read back the same', () => {
    const first = annasInquiry();
    const annasEdit = stampChange(
      first,
      { ...first.data, status: 'in Bearbeitung' },
      clock(Date.parse('2026-11-03T09:00:00Z'), ANNA),
      info(ANNA, '2026-11-03T09:00:00.000Z'),
    );
    const bensEdit = stampChange(
      first,
      { ...first.data, subject: 'Sprachkurs B1 für Familie Haddad' },
      clock(Date.parse('2026-11-03T10:00:00Z'), BEN),
      info(BEN, '2026-11-03T10:00:00.000Z'),
    );
    const merged = mergeVersions(annasEdit, bensEdit) as LiveVersion;
    for (const version of [annasEdit, bensEdit, merged]) {
      expect(versionOfPayload(payloadOfVersion(version))).toEqual(version);
    }
    expect(Object.keys(payloadOfVersion(merged).meta.sync!.seen ?? {}).sort()).toEqual([ANNA, BEN]);
    expect(payloadOfVersion(annasEdit).meta.sync!.fields).toEqual({
      status: clock(Date.parse('2026-11-03T09:00:00Z'), ANNA),
    });
  });

  it('the long form written before is read as the same version as the short one', () => {
    const version = annasInquiry();
    const short = payloadOfVersion(version);
    const long: PayloadShape = {
      ...short,
      meta: {
        ...short.meta,
        sync: {
          clock: version.clock,
          base: version.clock,
          seen: { [ANNA]: version.clock },
          mark: { doc: DOC, leaves: [LEAF], closed: [], dirty: false },
        },
      },
    };
    expect(versionOfPayload(long)).toEqual(version);
    expect(markOfPayload(long)).toEqual({ doc: DOC, leaves: [LEAF], closed: [], dirty: false });
  });

  it('a record from before the team counts its fields as written at its last change, by its device', () => {
    const legacy: PayloadShape = {
      data: { subject: 'Polizei bittet um Beratung' },
      meta: info(BEN, '2026-10-01T12:00:00.000Z'),
    };
    const version = versionOfPayload(legacy);
    expect(version.seen).toEqual({ [BEN]: version.clock });
    expect(version.clock).toBe(clock(Date.parse('2026-10-01T12:00:00Z'), BEN));
  });
});

describe('the server mark', () => {
  const marks: DocMark[] = [
    { doc: DOC, leaves: [LEAF], closed: [], dirty: false },
    { doc: DOC, leaves: [LEAF], closed: [], dirty: true },
    { doc: DOC, leaves: [LEAF, `2-${'b'.repeat(32)}`], closed: [`3-${'c'.repeat(32)}`], dirty: false },
    { doc: DOC, leaves: [], closed: [], dirty: true },
  ];

  it('is one string and reads back as it was written', () => {
    for (const mark of marks) expect(decodeMark(encodeMark(mark))).toEqual(mark);
    expect(encodeMark(marks[0]!)).toBe(`${DOC}|${LEAF}`);
  });

  it('a usual record of the team carries under 90 bytes more than before the team (README)', () => {
    const plain = payloadOfVersion(annasInquiry());
    const marked = withMark(plain, marks[0]);
    const extra = JSON.stringify(marked).length - JSON.stringify(plain).length;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(90);
  });

  it('goes on a payload and off again without touching its data or clocks', () => {
    const payload = payloadOfVersion(annasInquiry());
    const marked = withMark(payload, marks[2]);
    expect(markOfPayload(marked)).toEqual(marks[2]);
    expect(versionOfPayload(marked)).toEqual(versionOfPayload(payload));
    const unmarked = withMark(marked, undefined);
    expect(markOfPayload(unmarked)).toBeUndefined();
    expect(unmarked).toEqual(payload);
  });

  it('a record from before the team takes its first mark alone: its clocks are those of its last change', () => {
    const legacy: PayloadShape = {
      data: { subject: 'Polizei bittet um Beratung' },
      meta: info(BEN, '2026-10-01T12:00:00.000Z'),
    };
    const marked = withMark(legacy, marks[0]);
    expect(marked.meta.sync).toEqual({ mark: encodeMark(marks[0]!) });
    expect(versionOfPayload(marked)).toEqual(versionOfPayload(legacy));
    expect(versionOfPayload(marked).clock).toBe(clock(Date.parse('2026-10-01T12:00:00Z'), BEN));
  });
});
