/**
 * Machine translation from the settings (`TRANSLATION_PROVIDER`, `_URL`, `_KEY`, `_PIVOT`):
 * the adapter of the named provider inside the service (cache, retries, rate limit, pivot).
 * Only main.ts and `config check` call it.
 * @example const mt = machineTranslationFrom({ provider: 'apertium', url: 'http://127.0.0.1:2737', key: undefined, pivot: 'es' }, { cache });
 */
import type { Language } from '../domain/languages.js';
import { apertiumAdapter } from './mt-apertium.js';
import { deeplAdapter } from './mt-deepl.js';
import { libreTranslateAdapter } from './mt-libretranslate.js';
import type { ProviderAdapter } from './mt-provider.js';
import {
  createMachineTranslation,
  type MachineTranslationOptions,
  type TranslationCache,
} from './mt-service.js';

export interface ProviderChoice {
  provider: 'apertium' | 'libretranslate' | 'deepl';
  url: string | undefined;
  key: string | undefined;
  pivot: Language | undefined;
}

/** Each provider: its adapter from the settings, and how many requests a second it is sent. */
const PROVIDERS: {
  readonly [K in ProviderChoice['provider']]: {
    adapter(choice: ProviderChoice): ProviderAdapter;
    perSecond: number;
  };
} = {
  // A local server: paced only to keep its pipelines from queueing without bound.
  apertium: { adapter: (c) => apertiumAdapter({ url: c.url ?? 'http://127.0.0.1:2737' }), perSecond: 50 },
  libretranslate: {
    adapter: (c) => libreTranslateAdapter({ url: c.url ?? 'http://127.0.0.1:5000', key: c.key }),
    perSecond: 10,
  },
  // DeepL answers 429 past its limit; a few requests a second stays well under it.
  deepl: { adapter: (c) => deeplAdapter({ url: c.url, key: c.key ?? '' }), perSecond: 5 },
};

/** The newsroom's machine translation through the chosen provider. */
export function machineTranslationFrom(
  choice: ProviderChoice,
  options: { cache?: TranslationCache | undefined } & Omit<
    MachineTranslationOptions,
    'adapter' | 'cache' | 'pivot'
  > = {},
): ReturnType<typeof createMachineTranslation> {
  const entry = PROVIDERS[choice.provider];
  return createMachineTranslation({
    requestsPerSecond: entry.perSecond,
    ...options,
    adapter: entry.adapter(choice),
    pivot: choice.pivot,
  });
}
