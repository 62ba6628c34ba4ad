import { describe, expect, it } from 'vitest';
import { allDrawn, mountInTurn } from '../../../renderer/components/mountInTurn';

/** One macrotask: the queue runs at most one part per task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('parts drawn in turn', () => {
  it('runs one queued part per task, in the order they were queued', async () => {
    const drawn: string[] = [];
    mountInTurn(() => drawn.push('Zeitverlauf'));
    mountInTurn(() => drawn.push('Anfragende'));
    mountInTurn(() => drawn.push('Themen'));
    expect(drawn).toEqual([]);
    await nextTask();
    expect(drawn).toEqual(['Zeitverlauf']);
    await nextTask();
    expect(drawn).toEqual(['Zeitverlauf', 'Anfragende']);
    await nextTask();
    await nextTask();
    expect(drawn).toEqual(['Zeitverlauf', 'Anfragende', 'Themen']);
  });

  it('never runs a part whose screen was left before its turn, and goes on with the rest', async () => {
    const drawn: string[] = [];
    mountInTurn(() => drawn.push('first'));
    const cancel = mountInTurn(() => drawn.push('left'));
    mountInTurn(() => drawn.push('last'));
    cancel();
    for (let i = 0; i < 4; i++) await nextTask();
    expect(drawn).toEqual(['first', 'last']);
  });

  it('tells an export when every queued part is drawn, and at once when none is waiting', async () => {
    await allDrawn();
    const drawn: string[] = [];
    mountInTurn(() => drawn.push('Abschnitt 1'));
    mountInTurn(() => drawn.push('Abschnitt 2'));
    const seen: string[][] = [];
    const done = allDrawn().then(() => seen.push([...drawn]));
    mountInTurn(() => drawn.push('Abschnitt 3'));
    await nextTask();
    expect(seen).toEqual([]);
    await done;
    expect(seen).toEqual([['Abschnitt 1', 'Abschnitt 2', 'Abschnitt 3']]);
  });
});
