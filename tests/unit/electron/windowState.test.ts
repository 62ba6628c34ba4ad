import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureWindowState,
  parseWindowState,
  restoreWindowState,
  type Rect,
  type WindowState,
} from '../../../electron/main/windowState';
import { readJsonFile, writeJsonFile } from '../../../electron/main/services/jsonFile';

const limits = { width: 1366, height: 860, minWidth: 1000, minHeight: 640 };
// Full HD laptop with a taskbar of 40 px, and a second screen to its right.
const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightScreen: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function state(partial: Partial<WindowState>): WindowState {
  return { x: 100, y: 80, width: 1200, height: 800, maximized: false, ...partial };
}

describe('restoring the window state', () => {
  it('opens centred on the primary display at the default size the first time', () => {
    expect(restoreWindowState(null, [laptop, rightScreen], limits)).toEqual({
      x: 277,
      y: 90,
      width: 1366,
      height: 860,
      maximized: false,
    });
  });

  it('keeps a saved place that is fully visible', () => {
    expect(restoreWindowState(state({}), [laptop], limits)).toEqual(state({}));
    const onSecond = state({ x: 2200, y: 100, width: 1600, height: 1000, maximized: true });
    expect(restoreWindowState(onSecond, [laptop, rightScreen], limits)).toEqual(onSecond);
  });

  it('moves the window back to the primary display when its screen is gone', () => {
    const onSecond = state({ x: 2200, y: 100, width: 1600, height: 1000, maximized: true });
    expect(restoreWindowState(onSecond, [laptop], limits)).toEqual({
      x: 160,
      y: 20,
      width: 1600,
      height: 1000,
      maximized: true,
    });
  });

  it('pulls a window that hangs over the edge fully onto the display it mostly covers', () => {
    expect(restoreWindowState(state({ x: 1500, y: -50 }), [laptop, rightScreen], limits)).toMatchObject({
      x: 1920,
      y: 0,
    });
    expect(restoreWindowState(state({ x: 1000, y: 500 }), [laptop], limits)).toMatchObject({
      x: 720,
      y: 240,
      width: 1200,
      height: 800,
    });
  });

  it('shrinks a window larger than the work area and enlarges one below the minimum', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 680 };
    expect(restoreWindowState(state({ x: 0, y: 0, width: 3000, height: 2000 }), [small], limits)).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 680,
      maximized: false,
    });
    expect(restoreWindowState(state({ width: 300, height: 200 }), [laptop], limits)).toMatchObject({
      width: 1000,
      height: 640,
    });
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const leftScreen: Rect = { x: -1280, y: -200, width: 1280, height: 1024 };
    const saved = state({ x: -1200, y: -150, width: 1100, height: 700 });
    expect(restoreWindowState(saved, [laptop, leftScreen], limits)).toEqual(saved);
  });

  it('rejects stored files it did not write', () => {
    expect(parseWindowState(state({}))).toEqual(state({}));
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ ...state({}), width: 0 })).toBeNull();
    expect(parseWindowState({ ...state({}), x: 1.5 })).toBeNull();
    expect(parseWindowState({ ...state({}), maximized: 'yes' })).toBeNull();
    expect(parseWindowState({ x: 1, y: 2 })).toBeNull();
  });

  it('remembers the normal bounds of a maximized window', () => {
    const win = {
      getNormalBounds: () => ({ x: 10.4, y: 20, width: 1200, height: 799.6 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    };
    expect(captureWindowState(win)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });
});

describe('the window-state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through an atomically written JSON file', async () => {
    const file = join(dir, 'window-state.json');
    await writeJsonFile(file, state({ maximized: true }));
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state({ maximized: true }));
    expect(await readJsonFile(file, parseWindowState)).toEqual(state({ maximized: true }));
  });

  it('reads a missing or damaged file as nothing saved', async () => {
    expect(await readJsonFile(join(dir, 'missing.json'), parseWindowState)).toBeNull();
    await writeFile(join(dir, 'broken.json'), '{"x": 1,');
    expect(await readJsonFile(join(dir, 'broken.json'), parseWindowState)).toBeNull();
  });
});
