/**
 * DeepL API v2 (https://developers.deepl.com/docs): `GET /v2/languages?type=source|target` and
 * `POST /v2/translate` with JSON `{ text: [...], source_lang, target_lang, tag_handling }`,
 * authenticated by `Authorization: DeepL-Auth-Key …`. Free keys (ending `:fx`) use
 * api-free.deepl.com unless a URL is set. Targets with variants: EN-GB, PT-PT, ZH-HANS.
 * @example const adapter = deeplAdapter({ url: undefined, key: 'abc:fx' });
 */
import { isLanguage, type Language } from '../domain/languages.js';
import { baseUrl, type ProviderAdapter, ProviderFailure, requestJson } from './mt-provider.js';

/** The target code DeepL wants where it has regional variants. */
const TARGET_CODES: Partial<Record<Language, string>> = { en: 'EN-GB', pt: 'PT-PT', zh: 'ZH-HANS' };

/** A DeepL language code (`EN`, `EN-GB`, `PT-BR`) as a Shortwave language. */
function languageOf(code: unknown): Language | undefined {
  const lang = typeof code === 'string' ? code.slice(0, 2).toLowerCase() : '';
  return isLanguage(lang) ? lang : undefined;
}

/** The default address for a key: the free API for keys ending in `:fx`. */
export function deeplDefaultUrl(key: string): string {
  return key.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/** The adapter for DeepL with an authentication key (and an address, for tests or proxies). */
export function deeplAdapter(options: { url: string | undefined; key: string }): ProviderAdapter {
  const base = baseUrl(options.url ?? deeplDefaultUrl(options.key));
  const name = 'DeepL';
  const headers = { authorization: `DeepL-Auth-Key ${options.key}` };
  const languages = async (type: 'source' | 'target', signal: AbortSignal): Promise<Set<Language>> => {
    const answer = await requestJson(`${base}/v2/languages?type=${type}`, { headers, signal }, name);
    if (!Array.isArray(answer)) throw new ProviderFailure(`${name}: /v2/languages answered no list`, true);
    return new Set(answer.flatMap((l: { language?: unknown }) => languageOf(l.language) ?? []));
  };
  return {
    name,
    maxBatch: 50,
    concurrency: 2,
    async pairs(signal) {
      const [sources, targets] = await Promise.all([
        languages('source', signal),
        languages('target', signal),
      ]);
      return [...sources].flatMap((from) =>
        [...targets].flatMap((to) => (from === to ? [] : [[from, to] as const])),
      );
    },
    async translate(texts, from, to, format, signal) {
      const answer = (await requestJson(
        `${base}/v2/translate`,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({
            text: texts,
            source_lang: from.toUpperCase(),
            target_lang: TARGET_CODES[to] ?? to.toUpperCase(),
            ...(format === 'html' ? { tag_handling: 'html' } : {}),
          }),
          signal,
        },
        name,
      )) as { translations?: Array<{ text?: unknown }> };
      const out = answer.translations?.map((t) => t.text);
      if (!out || out.length !== texts.length || !out.every((t) => typeof t === 'string'))
        throw new ProviderFailure(`${name}: the answer does not hold one text per text sent`, false);
      return out as string[];
    },
  };
}
