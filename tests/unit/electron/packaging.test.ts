import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const config = read('electron-builder.json');
const schema = read('node_modules/app-builder-lib/scheme.json');

/** electron-builder's own validation: ajv over scheme.json with the options it uses. */
const check = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);
function validate(candidate: unknown): string[] {
  return check(structuredClone(candidate))
    ? []
    : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(root, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s configuration schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('the schema check catches mistakes (negative control)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).not.toEqual([]);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).not.toEqual(
      [],
    );
    expect(validate({ ...config, linux: { ...config.linux, target: [{ arch: ['x64'] }] } })).not.toEqual([]);
    expect(validate({ ...config, appImage: { systemIntegration: 'ask' } })).not.toEqual([]);
  });

  it('sets the fuses after packing: no Node mode, no NODE_OPTIONS, no inspector, asar only and checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds a per-user Windows installer without admin rights, and a portable exe', () => {
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false); // uninstalling never deletes the vault
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('builds AppImage and deb for Linux and a dmg for macOS, with the app’s name and id', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.productName).toBe('Anlaufstelle');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('registers no file types or URL schemes and publishes nowhere (no update server)', () => {
    expect(config.fileAssociations).toBeUndefined();
    expect(config.protocols).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  it('packs only the built app: no source maps, no node_modules (main bundles its libraries)', () => {
    expect(config.files).toEqual(['out/**/*', '!out/**/*.map', 'package.json', '!node_modules/**/*']);
    expect(read('package.json').main).toBe('out/main/index.js');
  });

  it('has the icons it names, rendered from build/icon.svg', () => {
    expect(pngSize(config.win.icon)).toEqual([1024, 1024]);
    expect(pngSize(config.mac.icon)).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(`${config.linux.icon}/${size}x${size}.png`)).toEqual([size, size]);
    }
  });

  it('`npm run package` builds first and then packages with this configuration', () => {
    expect(read('package.json').scripts.package).toBe(
      'npm run build && electron-builder --config electron-builder.json --publish never',
    );
  });
});
