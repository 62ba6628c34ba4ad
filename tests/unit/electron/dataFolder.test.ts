import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDataFolder, PORTABLE_DATA_FOLDER, resolveDataFolder } from '../../../electron/main/dataFolder';

const appData = join('/home/koordination/.config', 'Anlaufstelle');

describe('data folder', () => {
  it('uses the per-user app-data folder of an installed app', () => {
    expect(resolveDataFolder({}, appData)).toEqual({ path: appData, portable: false });
  });

  it('keeps the data beside the portable executable', () => {
    const exeDir = join('/media/usb-stick', 'Anlaufstelle');
    expect(resolveDataFolder({ PORTABLE_EXECUTABLE_DIR: exeDir }, appData)).toEqual({
      path: join(exeDir, PORTABLE_DATA_FOLDER),
      portable: true,
    });
    expect(PORTABLE_DATA_FOLDER).toBe('Anlaufstelle-Daten');
  });

  it('ignores an empty or relative portable directory (would depend on the working directory)', () => {
    expect(resolveDataFolder({ PORTABLE_EXECUTABLE_DIR: '' }, appData)).toEqual({
      path: appData,
      portable: false,
    });
    expect(resolveDataFolder({ PORTABLE_EXECUTABLE_DIR: 'Anlaufstelle' }, appData).portable).toBe(false);
  });

  it('points userData and sessionData (IndexedDB) at the folder, creating the portable one first', () => {
    const calls: string[] = [];
    const app = {
      getPath: () => appData,
      setPath: (name: string, path: string) => calls.push(`set ${name} ${path}`),
    };
    const exeDir = '/media/usb-stick/Anlaufstelle';
    const portable = join(exeDir, PORTABLE_DATA_FOLDER);
    applyDataFolder(app, { PORTABLE_EXECUTABLE_DIR: exeDir }, (p) => calls.push(`mkdir ${p}`));
    expect(calls).toEqual([`mkdir ${portable}`, `set userData ${portable}`, `set sessionData ${portable}`]);
    calls.length = 0;
    applyDataFolder(app, {}, (p) => calls.push(`mkdir ${p}`));
    expect(calls).toEqual([`set userData ${appData}`, `set sessionData ${appData}`]);
  });
});
