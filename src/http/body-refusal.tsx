/**
 * How a refused request body is answered: JSON `{"error":{"code","message","field"}}`
 * under /api, a newsroom page in the newsroom's language under /newsroom, and the site's error
 * page in the reader's language elsewhere; each names the limit that was broken.
 * @example app.use('*', bodyLimits({ refuse: (c, refusal) => answerRefusal(deps, c, refusal) }));
 */
import type { Context } from 'hono';
import { isLanguage, type Language, negotiateLanguage } from '../domain/languages.js';
import { type Translator, translator } from '../i18n/catalogue.js';
import { renderToString } from '../render/jsx/jsx-runtime.js';
import { RefusedPage } from '../render/newsroom/refused-page.js';
import type { AppDeps, AppEnv } from './deps.js';
import { renderErrorPage } from './error-page.js';
import { errorBody } from './errors.js';
import type { BodyRefusal } from './middleware/body-limits.js';
import { newsroomLanguage } from './newsroom-context.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** A size in the reader's words: "128 kB", "4 MB" (binary multiples, as the caps are). */
function sizeText(language: Language, bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  const value = mega ? bytes / (1024 * 1024) : bytes / 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The title and text of a refusal in the translator's language. */
export function refusalTexts(t: Translator, refusal: BodyRefusal): { title: string; body: string } {
  switch (refusal.code) {
    case 'payload_too_large':
      return {
        title: t.t('limits.tooLarge.title'),
        body: t.t('limits.tooLarge.body', { size: sizeText(t.language, refusal.limit) }),
      };
    case 'too_deep':
      return {
        title: t.t('limits.tooDeep.title'),
        body: t.t('limits.tooDeep.body', { levels: refusal.limit }),
      };
    case 'too_many_fields':
      return {
        title: t.t('limits.tooManyFields.title'),
        body: t.t('limits.tooManyFields.body', { fields: refusal.limit }),
      };
  }
}

/** The answer to a refused body, in the format and language of where it was sent. */
export async function answerRefusal(
  deps: AppDeps,
  c: Context<AppEnv>,
  refusal: BodyRefusal,
): Promise<Response> {
  const path = c.req.path;
  if (path.startsWith('/api/')) {
    return c.json(errorBody(refusal.code, refusal.message, refusal.field), refusal.status, NO_STORE);
  }
  if (path === '/newsroom' || path.startsWith('/newsroom/')) {
    const t = translator(newsroomLanguage(c), deps.timeZone);
    return c.html(
      renderToString(<RefusedPage t={t} {...refusalTexts(t, refusal)} />),
      refusal.status,
      NO_STORE,
    );
  }
  const first = path.split('/')[1];
  const language = isLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'));
  const texts = refusalTexts(translator(language, deps.timeZone), refusal);
  const page = await renderErrorPage(deps, language, path, texts, c.get('requestId'));
  return c.body(page, refusal.status, { 'content-type': 'text/html; charset=utf-8', ...NO_STORE });
}
