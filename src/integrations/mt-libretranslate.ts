/**
 * LibreTranslate (https://libretranslate.com/docs): `GET /languages` (each language with its
 * `targets`) and `POST /translate` with JSON `{ q: [...], source, target, format, api_key }`,
 * answered `{ translatedText: [...] }` when `q` is a list.
 * @example const adapter = libreTranslateAdapter({ url: 'http://127.0.0.1:5000', key: undefined });
 */
import { isLanguage, type Language } from '../domain/languages.js';
import { baseUrl, type ProviderAdapter, ProviderFailure, requestJson } from './mt-provider.js';

/** The adapter for a LibreTranslate server at `url` (with its API key, when it asks for one). */
export function libreTranslateAdapter(options: { url: string; key: string | undefined }): ProviderAdapter {
  const base = baseUrl(options.url);
  const name = 'LibreTranslate';
  const key = options.key ? { api_key: options.key } : {};
  const codes = new Map<Language, string>();
  return {
    name,
    maxBatch: 25,
    concurrency: 2,
    async pairs(signal) {
      const answer = await requestJson(`${base}/languages`, { signal }, name);
      if (!Array.isArray(answer)) throw new ProviderFailure(`${name}: /languages answered no list`, true);
      const languageOf = (code: unknown): Language | undefined => {
        const lang = typeof code === 'string' ? code.slice(0, 2).toLowerCase() : '';
        if (!isLanguage(lang)) return undefined;
        // Newer servers name Chinese `zh-Hans`: the first code seen for a language is the one sent.
        if (!codes.has(lang)) codes.set(lang, String(code));
        return lang;
      };
      return (answer as Array<{ code?: unknown; targets?: unknown }>).flatMap((language) => {
        const from = languageOf(language.code);
        if (!from || !Array.isArray(language.targets)) return [];
        return language.targets.flatMap((code: unknown) => {
          const to = languageOf(code);
          return to && to !== from ? [[from, to] as const] : [];
        });
      });
    },
    async translate(texts, from, to, format, signal) {
      const answer = (await requestJson(
        `${base}/translate`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            q: texts,
            source: codes.get(from) ?? from,
            target: codes.get(to) ?? to,
            format,
            ...key,
          }),
          signal,
        },
        name,
      )) as { translatedText?: unknown };
      const translated = answer.translatedText;
      if (
        !Array.isArray(translated) ||
        translated.length !== texts.length ||
        !translated.every((t) => typeof t === 'string')
      )
        throw new ProviderFailure(`${name}: the answer does not hold one text per text sent`, false);
      return translated as string[];
    },
  };
}
