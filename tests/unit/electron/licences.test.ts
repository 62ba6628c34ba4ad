import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLicences, licencesOf } from '../../../build/licenses';

const root = {
  name: 'anlaufstelle',
  productName: 'Anlaufstelle',
  version: '1.2.3',
  dependencies: { a: '^1', b: '^1' },
  devDependencies: { vite: '^8', electron: '^45' },
};

const lock = {
  packages: {
    '': {},
    'node_modules/a': { version: '1.0.0', license: 'MIT', dependencies: { c: '^1' } },
    'node_modules/b': { version: '1.1.0', license: 'ISC', dependencies: { c: '^2' } },
    'node_modules/c': { version: '1.5.0', license: 'Apache-2.0' },
    // b needs c@2, installed nested below b.
    'node_modules/b/node_modules/c': {
      version: '2.0.0',
      license: 'BSD-3-Clause',
      peerDependencies: { typescript: '*', d: '*' },
      peerDependenciesMeta: { typescript: { optional: true } },
    },
    'node_modules/d': { version: '0.1.0' },
    'node_modules/typescript': { version: '7.0.0', license: 'Apache-2.0' },
    'node_modules/vite': { version: '8.0.0', license: 'MIT', dependencies: { c: '^1' } },
    'node_modules/electron': { version: '45.5.0', license: 'MIT', dependencies: { 'extract-zip': '^2' } },
    'node_modules/extract-zip': { version: '2.0.1', license: 'BSD-2-Clause' },
  },
};

describe('licence list', () => {
  it('lists the production tree with npm’s nested resolution, the runtime, and no build tools', () => {
    const list = collectLicences(root, lock, (path) => (path === 'node_modules/d' ? 'MIT/X11' : undefined));
    expect(list).toEqual({
      name: 'Anlaufstelle',
      version: '1.2.3',
      packages: [
        { name: 'a', version: '1.0.0', license: 'MIT' },
        { name: 'b', version: '1.1.0', license: 'ISC' },
        { name: 'c', version: '1.5.0', license: 'Apache-2.0' },
        { name: 'c', version: '2.0.0', license: 'BSD-3-Clause' },
        { name: 'd', version: '0.1.0', license: 'MIT/X11' },
        { name: 'electron', version: '45.5.0', license: 'MIT' },
      ],
    });
  });

  it('says so when a package names no licence', () => {
    const list = collectLicences({ ...root, dependencies: { d: '*' }, devDependencies: {} }, lock);
    expect(list.packages).toEqual([{ name: 'd', version: '0.1.0', license: null }]);
  });

  it('covers this project’s shipped libraries and none of its dev tools', () => {
    const names = new Set(licencesOf(resolve(import.meta.dirname, '../../..')).packages.map((p) => p.name));
    for (const shipped of ['react', 'react-dom', '@mui/material', 'dexie', 'zod', 'hash-wasm', 'electron']) {
      expect(names).toContain(shipped);
    }
    for (const tool of ['vite', 'vitest', 'typescript', 'electron-builder', '@playwright/test', 'oxlint']) {
      expect(names).not.toContain(tool);
    }
  });
});
