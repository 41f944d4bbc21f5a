/**
 * The "Correction" action of a published article (under /newsroom): a form with the kind of
 * note, its text and the language versions it goes on, read with the API's schema
 * (src/http/schemas/corrections.ts) and written by the API's command (`addCorrections`,
 * src/commands/corrections.ts), so the same rules hold. A refused form comes back filled in,
 * with what was wrong in the newsroom's language.
 * @example GET /newsroom/articles/{id}/correction · POST /newsroom/articles/{id}/correction (kind, text, languages)
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { authorize } from '../../../commands/context.js';
import { addCorrections } from '../../../commands/corrections.js';
import { type Article, articlePath } from '../../../domain/article.js';
import { MAX_CORRECTION_LENGTH } from '../../../domain/corrections.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, LANGUAGES, NATIVE_NAMES } from '../../../domain/languages.js';
import type { Translator } from '../../../i18n/catalogue.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { CorrectionPage, type CorrectionPageView } from '../../../render/newsroom/correction-page.js';
import { findArticle, storyVersions } from '../../../storage/repos/articles.js';
import { correctionsOf } from '../../../storage/repos/corrections.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { CorrectionCreateSchema } from '../../schemas/corrections.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** The form: the API's fields (kind, text), plus the language versions the note goes on. */
const CORRECTION_FORM = CorrectionCreateSchema.extend({ languages: z.array(z.enum(LANGUAGES)) });

type Values = CorrectionPageView['values'];

/** What a refused correction says, in the newsroom's language; null for errors the error page shows. */
function refusalText(t: Translator, error: unknown): string | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === 'validation_failed') {
    if (error.field === 'kind') return t.t('newsroomdesk.correct.error.kind');
    if (error.field === 'languages') return t.t('newsroomdesk.correct.error.languages');
    if (error.field === 'text')
      return /longer|too_big/i.test(error.message)
        ? t.t('newsroomdesk.correct.error.textLong', { max: MAX_CORRECTION_LENGTH })
        : t.t('newsroomdesk.correct.error.text');
  }
  if (error.code === 'conflict')
    return error.field === 'version'
      ? t.t('newsroomdesk.correct.error.changed')
      : t.t('newsroomdesk.correct.error.unpublished');
  return null;
}

export function newsroomCorrectionRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;

  const page = async (
    c: Context<AppEnv>,
    article: Article,
    state: { values?: Values; error?: string | null; notice?: string | null; status?: 200 | 400 | 409 },
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    const versions = await Promise.all(
      (await storyVersions(db, article.storyId)).map((v) => findArticle(db, v.id)),
    );
    const known = versions
      .filter((v): v is Article => v !== null)
      .sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
    const view: CorrectionPageView = {
      article: {
        id: article.id,
        headline: article.headline,
        language: article.language,
        publicHref: article.status === 'published' ? articlePath(article) : null,
      },
      versions: known.map((v) => ({
        language: v.language,
        headline: v.headline,
        corrigible: v.firstPublishedAt !== null,
      })),
      corrections: (await correctionsOf(db, article.id)).map(({ kind, text, createdAt }) => ({
        kind,
        text,
        createdAt,
      })),
      values: state.values ?? { kind: 'correction', text: '', languages: [article.language] },
      error: state.error ?? null,
      notice: state.notice ?? null,
    };
    return c.html(
      renderToString(<CorrectionPage t={t} staff={staff} csrf={csrf} view={view} />),
      state.status ?? 200,
      NO_STORE,
    );
  };

  const articleOf = async (id: string) => {
    const article = await findArticle(db, id);
    if (!article) throw new DomainError('not_found', `No article with id ${id}`);
    return article;
  };

  routes.get('/articles/:id/correction', async (c) => {
    const { t, staff } = newsroomView(c, deps);
    authorize(staff, 'article.correct');
    const article = await articleOf(c.req.param('id'));
    const done = (c.req.query('done') ?? '').split(',').filter(isLanguage);
    return page(c, article, {
      notice:
        done.length > 0
          ? t.t('newsroomdesk.correct.done', { languages: done.map((l) => NATIVE_NAMES[l]).join(', ') })
          : null,
    });
  });

  routes.post('/articles/:id/correction', async (c) => {
    const { t, staff } = newsroomView(c, deps);
    authorize(staff, 'article.correct');
    const article = await articleOf(c.req.param('id'));
    const body = await c.req.parseBody({ all: true });
    const text = typeof body.text === 'string' ? body.text : '';
    const kind = typeof body.kind === 'string' ? body.kind : '';
    const chosen = ([] as unknown[])
      .concat(body.languages ?? [])
      .filter((v): v is string => typeof v === 'string');
    const values: Values = { kind, text, languages: chosen };
    try {
      const parsed = CORRECTION_FORM.safeParse({ kind, text, languages: chosen });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new DomainError(
          'validation_failed',
          `${issue?.code}: ${issue?.message}`,
          issue?.path.map(String)[0],
        );
      }
      const written = await addCorrections({ db, actor: staff, now: deps.clock() }, article.id, parsed.data);
      deps.pageCache.clear();
      const languages = written.map((w) => w.article.language).join(',');
      return c.redirect(`/newsroom/articles/${article.id}/correction?done=${languages}`, 303);
    } catch (error) {
      const message = refusalText(t, error);
      if (message === null) throw error;
      const status = error instanceof DomainError && error.code === 'conflict' ? 409 : 400;
      return page(c, article, { values, error: message, status });
    }
  });

  return routes;
}
