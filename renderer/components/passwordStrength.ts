// zxcvbn-ts scores a password 0–4 against common passwords and keyboard patterns. Loaded on demand:
// its dictionaries are large and only the set-up screen needs them.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

let factory: Promise<ZxcvbnFactory> | undefined;

function load(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  );
  return factory;
}

export async function scorePassword(password: string): Promise<number> {
  if (!password) return 0;
  const zxcvbn = await load();
  return zxcvbn.check(password, ['anlaufstelle', 'integration', 'koordinierungsstelle']).score;
}
