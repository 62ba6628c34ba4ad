// The layer rules, proven on fixtures: the real oxlint with the project's .oxlintrc.json runs
// over tests/fixtures/layers (laid out like renderer/, shared/ and electron/). Each `wrong*`
// file must be reported for its one wrong import; the allowed imports must pass.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/layers', import.meta.url));

interface Diagnostic {
  code: string;
  filename: string;
  message: string;
  labels: { span: { line: number } }[];
}

/** file → rule codes reported there (`layers(zones)`, `import(no-cycle)`, …). */
let reported: Map<string, string[]>;

beforeAll(async () => {
  // Run from the fixture folder so the layer plugin reads zones from there (as it reads them
  // from the project root in `npm run lint`).
  const result = await promisify(execFile)(
    process.execPath,
    [`${root}/node_modules/oxlint/bin/oxlint`, '-c', `${root}/.oxlintrc.json`, '-f', 'json', '.'],
    { cwd: fixtures },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exit 1 = found errors
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  reported = new Map();
  for (const d of diagnostics) {
    reported.set(d.filename, [...(reported.get(d.filename) ?? []), d.code]);
  }
}, 60_000);

describe('layer rules on resolved paths', () => {
  it.each([
    [
      'a feature importing another feature’s screen',
      'renderer/features/inquiries/wrongFeatureScreenImport.ts',
    ],
    [
      'the same, spelt through renderer/features',
      'renderer/features/inquiries/wrongDisguisedFeatureImport.ts',
    ],
    ['data/ importing app/', 'renderer/data/wrongAppImport.ts'],
    ['components/ importing features/', 'renderer/components/wrongFeatureImport.ts'],
    ['shared/ importing renderer/', 'shared/wrongRendererImport.ts'],
    ['electron/ importing renderer/', 'electron/main/wrongRendererImport.ts'],
  ])('reports %s', (_what, file) => {
    expect(reported.get(file)).toEqual(['layers(zones)']);
  });

  it('lets the allowed imports pass: public entry, lower layers, app composing features, shared', () => {
    for (const file of [
      'renderer/features/inquiries/allowedImports.ts',
      'renderer/features/network/index.ts',
      'renderer/app/allowedImports.ts',
      'renderer/components/widget.ts',
      'renderer/data/store.ts',
      'renderer/host/index.ts',
      'electron/main/allowedSharedImport.ts',
    ]) {
      expect(reported.get(file), file).toBeUndefined();
    }
  });

  it('has import/no-cycle and rules-of-hooks on', () => {
    expect(reported.get('renderer/data/wrongCycleA.ts')).toEqual(['import(no-cycle)']);
    expect(reported.get('renderer/data/wrongCycleB.ts')).toEqual(['import(no-cycle)']);
    expect(reported.get('renderer/components/wrongConditionalHook.ts')).toEqual([
      'react-hooks(rules-of-hooks)',
    ]);
  });

  it('reports nothing but the wrong files', () => {
    const unexpected = [...reported.keys()].filter((file) => !/\/wrong[A-Z]\w*\.ts$/.test(file));
    expect(unexpected).toEqual([]);
  });
});
