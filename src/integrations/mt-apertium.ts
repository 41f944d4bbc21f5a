/**
 * Apertium APY (https://wiki.apertium.org/wiki/Apertium-apy): `GET /listPairs` and
 * `POST /translate` with `langpair=eng|spa`, `format=html|txt` and `markUnknown=no`. APY names
 * languages with ISO 639-3 codes. APY takes one `q` a request: a batch goes as one HTML document,
 * each text in a `<div data-s="i">` block (APY keeps blocks apart and in place), read back by index.
 * @example const adapter = apertiumAdapter({ url: 'http://127.0.0.1:2737' });
 */
import { isLanguage, type Language } from '../domain/languages.js';
import { escapeText, unescapeText } from './mt-body.js';
import { baseUrl, type ProviderAdapter, ProviderFailure, requestJson } from './mt-provider.js';

/** Shortwave's languages in APY's three-letter codes. */
export const APERTIUM_CODES: Record<Language, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  it: 'ita',
  es: 'spa',
  pt: 'por',
  ar: 'ara',
  zh: 'zho',
  ja: 'jpn',
  ru: 'rus',
};
const FROM_CODE = new Map<string, Language>(
  Object.entries(APERTIUM_CODES).flatMap(([lang, code]) => [
    [code, lang as Language],
    [lang, lang as Language],
  ]),
);

/** APY's code (or a two-letter one) as a Shortwave language; variants such as `por_BR` are not. */
function languageOf(code: unknown): Language | undefined {
  const found = typeof code === 'string' ? FROM_CODE.get(code) : undefined;
  return found && isLanguage(found) ? found : undefined;
}

/** The adapter for an APY server at `url`. */
export function apertiumAdapter(options: { url: string }): ProviderAdapter {
  const base = baseUrl(options.url);
  const name = 'Apertium';
  return {
    name,
    maxBatch: 20,
    concurrency: 2,
    async pairs(signal) {
      const answer = (await requestJson(`${base}/listPairs`, { signal }, name)) as {
        responseData?: Array<{ sourceLanguage?: unknown; targetLanguage?: unknown }>;
      };
      if (!Array.isArray(answer.responseData))
        throw new ProviderFailure(`${name}: /listPairs answered no pairs`, true);
      return answer.responseData.flatMap((pair) => {
        const from = languageOf(pair.sourceLanguage);
        const to = languageOf(pair.targetLanguage);
        return from && to ? [[from, to] as const] : [];
      });
    },
    async translate(texts, from, to, format, signal) {
      // Plain texts go as escaped HTML too, so a batch is one HTML document either way.
      const segments = format === 'html' ? texts : texts.map(escapeText);
      const ask = async (q: string): Promise<string> => {
        const body = new URLSearchParams({
          q,
          langpair: `${APERTIUM_CODES[from]}|${APERTIUM_CODES[to]}`,
          format: 'html',
          markUnknown: 'no',
        });
        const answer = (await requestJson(`${base}/translate`, { method: 'POST', body, signal }, name)) as {
          responseData?: { translatedText?: unknown };
          responseDetails?: unknown;
        };
        const translated = answer.responseData?.translatedText;
        if (typeof translated !== 'string')
          throw new ProviderFailure(`${name}: ${String(answer.responseDetails ?? 'no translation')}`, false);
        return translated;
      };
      const joined = await ask(segments.map((t, i) => `<div data-s="${i}">${t}</div>`).join(''));
      const parts = [...joined.matchAll(/<div data-s="(\d+)">([\s\S]*?)<\/div>/g)];
      const inOrder = parts.length === segments.length && parts.every((m, i) => m[1] === String(i));
      // Should APY ever merge or drop a block, each segment is asked on its own instead.
      const out = inOrder ? parts.map((m) => m[2] ?? '') : await Promise.all(segments.map(ask));
      return format === 'html' ? out : out.map((t) => unescapeText(t.replace(/<[^>]*>/g, '')));
    },
  };
}
