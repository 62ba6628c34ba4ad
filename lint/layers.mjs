// oxlint JS plugin: the layer rules, checked on the RESOLVED path of each import.
//
// Why a plugin and not globs: `no-restricted-imports` only sees the import string, so
// `../../app/x` from `data/` or `../network/NetworkScreen` written another way slips through.
// Here every relative specifier is resolved against the importing file and both ends are
// placed in a zone. The project has no path aliases (TS 7 rejects `baseUrl`), so a relative
// specifier is the only way to reach project code; bare specifiers are packages and stay with
// `no-restricted-imports`. Zones are read relative to the directory lint runs in (the project
// root; the fixture test runs in tests/fixtures/layers).
//
// Zones: app → features → components → data → host → shared (an arrow means "may import").
// renderer/i18n (texts) and renderer/routing (typed routes) are leaves any renderer zone may use. A feature reaches another feature
// only through its public entry `features/<name>/index.ts`. electron/ and renderer/ never import
// each other: they meet in shared/ (the IPC contract is shared/ipc).
import path from 'node:path';

const RENDERER_ORDER = ['app', 'features', 'components', 'data', 'host'];
const LEAVES = ['i18n', 'routing'];

/** Where a file sits: { area: 'renderer'|'electron'|'shared'|'other', zone?, feature?, rest }. */
function locate(cwd, file) {
  const parts = path.relative(cwd, file).split(path.sep);
  const [area, zone, feature, ...rest] = parts;
  if (area === 'shared' || area === 'electron') return { area };
  if (area !== 'renderer') return { area: 'other', top: area }; // tests/, package.json, build/, …
  // A file at renderer/ top level (main.tsx) starts the app: it counts as app. A folder
  // there (`../host` resolves to renderer/host, its index) is that zone.
  if (parts.length === 2 && /\.\w+$/.test(zone)) return { area, zone: 'app' };
  if (zone === 'features') return { area, zone, feature, rest: rest ?? [] };
  return { area, zone };
}

function isPublicEntry(to) {
  // `../network` (the folder) or `../network/index(.ts|.tsx)`.
  if (to.rest.length === 0) return true;
  return to.rest.length === 1 && to.rest[0].replace(/\.(ts|tsx|js|mjs)$/, '') === 'index';
}

/** The reason an import breaks the layers, or null when it is allowed. */
export function layerViolation(from, to) {
  if (to.area === 'other' && to.top === 'tests') return 'App code never imports tests/.';
  if (from.area === 'shared') {
    return to.area === 'shared' ? null : 'shared/ is pure: it imports only shared/.';
  }
  if (from.area === 'electron') {
    return to.area === 'renderer'
      ? 'electron/ never imports renderer/: they meet only in shared/ (the IPC contract is shared/ipc).'
      : null;
  }
  // from renderer
  if (to.area === 'electron') {
    return 'renderer/ never imports electron/: they meet only in shared/ (the IPC contract is shared/ipc).';
  }
  if (to.area !== 'renderer') return null;
  // Leaves every zone may use: the texts and the typed routes. They import nothing above them.
  if (LEAVES.includes(to.zone)) return null;
  if (LEAVES.includes(from.zone)) {
    return `renderer/${from.zone} is a leaf (texts, routes): it imports only itself and shared/.`;
  }
  // A new folder under renderer/ must be placed in the layers here before it is used.
  for (const zone of [from.zone, to.zone]) {
    if (!RENDERER_ORDER.includes(zone)) {
      return `renderer/${zone} is in no layer: add it to RENDERER_ORDER in lint/layers.mjs.`;
    }
  }
  if (RENDERER_ORDER.indexOf(to.zone) < RENDERER_ORDER.indexOf(from.zone)) {
    return `${from.zone}/ must not import ${to.zone}/: the layers run app → features → components → data → host → shared.`;
  }
  if (
    from.zone === 'features' &&
    to.zone === 'features' &&
    from.feature !== to.feature &&
    !isPublicEntry(to)
  ) {
    return `features/${from.feature} must not reach into features/${to.feature}: import its public entry features/${to.feature}/index.ts, or share through components/, data/ or shared/.`;
  }
  return null;
}

const zones = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers, judged on resolved paths.' },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd ?? process.cwd();
    const filename = context.filename ?? context.getFilename();
    const from = locate(cwd, path.resolve(cwd, filename));
    if (from.area === 'other') return {};

    function check(sourceNode) {
      if (!sourceNode || typeof sourceNode.value !== 'string') return;
      const specifier = sourceNode.value;
      if (!specifier.startsWith('.')) return; // a package: see no-restricted-imports
      const target = path.resolve(path.dirname(path.resolve(cwd, filename)), specifier);
      const message = layerViolation(from, locate(cwd, target));
      if (message) context.report({ node: sourceNode, message });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default {
  meta: { name: 'layers' },
  rules: { zones },
};
