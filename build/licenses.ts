// The licences of every library the app ships, collected at build time from the lockfile (the
// production dependency tree of package.json) into licenses.json, which "Über Anlaufstelle" shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface LicenceEntry {
  name: string;
  version: string;
  /** The SPDX expression from the package, or null when it names none. */
  license: string | null;
}

export interface LicenceList {
  name: string;
  version: string;
  packages: LicenceEntry[];
}

interface LockPackage {
  version?: string;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface RootPackage {
  name: string;
  productName?: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Shipped although a devDependency: the runtime itself (Chromium's licences come with the install). */
const RUNTIME_PACKAGES = ['electron'];

/** npm's resolution: the nearest node_modules folder up from the dependent package. */
function resolveIn(packages: Record<string, LockPackage>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/**
 * Walks the production dependencies of package.json through package-lock.json (v2/v3 "packages")
 * and lists each installed package once. `readLicence` fills in a licence the lockfile lacks.
 */
export function collectLicences(
  root: RootPackage,
  lock: { packages: Record<string, LockPackage> },
  readLicence: (lockPath: string) => string | undefined = () => undefined,
): LicenceList {
  const packages = lock.packages;
  const seen = new Map<string, LicenceEntry>();
  const queue: [string, string][] = [
    ...Object.keys(root.dependencies ?? {}).map((name): [string, string] => ['', name]),
    ...RUNTIME_PACKAGES.filter((n) => root.devDependencies?.[n]).map((name): [string, string] => ['', name]),
  ];
  while (queue.length > 0) {
    const [from, name] = queue.shift()!;
    const path = resolveIn(packages, from, name);
    if (!path || seen.has(path)) continue;
    const entry = packages[path]!;
    seen.set(path, {
      name,
      version: entry.version ?? '',
      license: entry.license ?? readLicence(path) ?? null,
    });
    if (RUNTIME_PACKAGES.includes(name) && from === '') continue; // its build tools are not shipped
    // Optional peers (typescript for i18next's types…) are only shipped if something else needs them.
    const peers = Object.keys(entry.peerDependencies ?? {}).filter(
      (p) => !entry.peerDependenciesMeta?.[p]?.optional,
    );
    for (const dep of [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...peers,
    ]) {
      queue.push([path, dep]);
    }
  }
  const unique = new Map<string, LicenceEntry>();
  for (const e of seen.values()) unique.set(`${e.name}@${e.version}`, e);
  return {
    name: root.productName ?? root.name,
    version: root.version,
    packages: [...unique.values()].sort((a, b) =>
      a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
    ),
  };
}

function licenceFromPackageJson(projectRoot: string, lockPath: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(projectRoot, lockPath, 'package.json'), 'utf8')) as {
      license?: unknown;
      licenses?: { type?: unknown }[];
    };
    if (typeof pkg.license === 'string') return pkg.license;
    const types = (pkg.licenses ?? []).map((l) => l.type).filter((t) => typeof t === 'string');
    return types.length > 0 ? types.join(' OR ') : undefined;
  } catch {
    return undefined;
  }
}

export function licencesOf(projectRoot: string): LicenceList {
  const read = (file: string) => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));
  return collectLicences(read('package.json'), read('package-lock.json'), (path) =>
    licenceFromPackageJson(projectRoot, path),
  );
}

export const LICENCES_FILE = 'licenses.json';

/** Emits licenses.json next to index.html (and serves it in development). */
export function licencesPlugin(projectRoot: string): Plugin {
  const json = () => JSON.stringify(licencesOf(projectRoot));
  return {
    name: 'anlaufstelle-licences',
    configureServer(server) {
      server.middlewares.use(`/${LICENCES_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(json());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: json() });
    },
  };
}
