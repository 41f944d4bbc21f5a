/**
 * A local stand-in for LibreTranslate and DeepL (we cannot reach the real services): a small
 * HTTP server on loopback that takes the requests their documentation describes and answers
 * as documented. LibreTranslate: `GET /languages`, `POST /translate` (`q` a text or a list,
 * `format`, `api_key`). DeepL: `GET /v2/languages?type=`, `POST /v2/translate` (`text` list,
 * `target_lang`, `tag_handling`, `Authorization: DeepL-Auth-Key`). It "translates" word by word
 * from a small dictionary, outside tags, so tests can see what was translated and what kept.
 * @example const standIn = await startTranslationStandIn({ key: 'secret' }); standIn.failNext(2, 503);
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

const WORDS: Record<string, Record<string, string>> = {
  es: {
    good: 'buenos',
    morning: 'días',
    the: 'el',
    old: 'viejo',
    man: 'hombre',
    reads: 'lee',
    newspaper: 'periódico',
  },
  de: {
    good: 'guten',
    morning: 'Morgen',
    the: 'der',
    old: 'alte',
    man: 'Mann',
    reads: 'liest',
    newspaper: 'Zeitung',
  },
};
// LibreTranslate names Chinese `zh-Hans` in its newer versions.
const PAIRS: Record<string, string[]> = {
  en: ['es', 'de', 'zh-Hans'],
  es: ['en'],
  de: ['en'],
  'zh-Hans': ['en'],
};

/** Word-by-word translation of the text outside tags. */
function translate(text: string, to: string): string {
  const words = WORDS[to] ?? {};
  return text.replace(/(<[^>]*>)|(\p{L}+)/gu, (whole, tag: string | undefined) =>
    tag ? tag : (words[whole.toLowerCase()] ?? whole),
  );
}

export interface TranslationStandIn {
  url: string;
  /** Requests to `/translate` and `/v2/translate`, each with the texts it carried. */
  translations: Array<{ texts: string[]; body: Record<string, unknown> }>;
  /** The next `count` translate requests answer `status`. */
  failNext(count: number, status: number): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/** Starts the stand-in on a free loopback port; `key` is the API key both APIs ask for. */
export async function startTranslationStandIn(options: { key: string }): Promise<TranslationStandIn> {
  const translations: TranslationStandIn['translations'] = [];
  let failures = { count: 0, status: 503 };
  const server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const body = request.method === 'POST' ? await bodyOf(request) : {};
    const deepl = url.pathname.startsWith('/v2/');
    if (deepl && request.headers.authorization !== `DeepL-Auth-Key ${options.key}`)
      return send(403, { message: 'Forbidden' });
    if (!deepl && request.method === 'POST' && body.api_key !== options.key)
      return send(403, { error: 'Invalid API key' });
    if (request.method === 'POST' && failures.count > 0) {
      failures.count -= 1;
      return send(failures.status, { error: 'try again later' });
    }
    if (url.pathname === '/languages')
      return send(
        200,
        Object.entries(PAIRS).map(([code, targets]) => ({ code, name: code, targets })),
      );
    if (url.pathname === '/v2/languages')
      return send(
        200,
        url.searchParams.get('type') === 'target'
          ? [{ language: 'EN-GB' }, { language: 'EN-US' }, { language: 'ES' }, { language: 'DE' }]
          : [{ language: 'EN' }, { language: 'ES' }, { language: 'DE' }],
      );
    if (url.pathname === '/translate' && request.method === 'POST') {
      const q = body.q;
      const texts = Array.isArray(q) ? (q as string[]) : [String(q)];
      translations.push({ texts, body });
      if (!PAIRS[String(body.source)]?.includes(String(body.target)))
        return send(400, { error: `${body.source} -> ${body.target} is not available` });
      const out = texts.map((t) => translate(t, String(body.target)));
      return send(200, { translatedText: Array.isArray(q) ? out : out[0] });
    }
    if (url.pathname === '/v2/translate' && request.method === 'POST') {
      const texts = body.text as string[];
      translations.push({ texts, body });
      const target = String(body.target_lang).slice(0, 2).toLowerCase();
      return send(200, {
        translations: texts.map((t) => ({ detected_source_language: 'EN', text: translate(t, target) })),
      });
    }
    send(404, { error: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    translations,
    failNext(count, status) {
      failures = { count, status };
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
