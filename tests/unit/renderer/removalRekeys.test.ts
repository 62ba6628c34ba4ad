// Removals by other members while the vault is being re-keyed for earlier ones (found by review: the
// window named only the first round's count, and a second re-keying started beside the first).
import { describe, expect, it } from 'vitest';
import { removalRekeys } from '../../../renderer/features/team/removalRekeys';

/** A re-keying that ends when the test says so; records the count each one was started with. */
function controlledRekey() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  const rekey = (count: number) => {
    started.push(count);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, rekey, finishNext };
}

describe('re-keying after removals by the team', () => {
  it('runs one at a time; removals that come meanwhile get one more, counting all since the window closed', async () => {
    const { started, rekey, finishNext } = controlledRekey();
    const rekeys = removalRekeys();
    rekeys.removed(1, rekey);
    expect(started).toEqual([1]);
    // Two more rounds while it runs: no second re-keying beside the first.
    rekeys.removed(2, rekey);
    rekeys.removed(1, rekey);
    expect(started).toEqual([1]);
    await finishNext();
    // One more for both, named with all four.
    expect(started).toEqual([1, 4]);
    await finishNext();
    expect(started).toEqual([1, 4]);
    // The window closed: the next removal starts a new count.
    rekeys.closed();
    rekeys.removed(3, rekey);
    expect(started).toEqual([1, 4, 3]);
    await finishNext();
  });

  it('goes on after a re-keying that failed', async () => {
    const started: number[] = [];
    const failing = async (count: number) => {
      started.push(count);
      throw new Error('disk full');
    };
    const rekeys = removalRekeys();
    rekeys.removed(1, failing);
    await new Promise((resolve) => setTimeout(resolve, 0));
    rekeys.removed(1, failing);
    expect(started).toEqual([1, 2]);
  });
});
