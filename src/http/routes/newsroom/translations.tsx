/**
 * The newsroom's translation pages (ADR 0024): "Translate into …" (several languages at
 * once), the translator's side-by-side view with its review buttons, and the translation
 * desk of one language. Thin handlers: the use cases are in src/commands/translations.ts and
 * src/commands/articles.ts (marking reviewed is an edit).
 * @example routes.route('/', newsroomTranslationRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { updateArticle } from '../../../commands/articles.js';
import { requireStep } from '../../../commands/change-article.js';
import { authorize, type CommandContext } from '../../../commands/context.js';
import { retranslateChanged } from '../../../commands/retranslate.js';
import { workingCopy } from '../../../commands/revisions.js';
import { translateArticle } from '../../../commands/translations.js';
import { publishPending } from '../../../commands/workflow.js';
import { DomainError, invalid } from '../../../domain/errors.js';
import { isLanguage, LANGUAGES, type Language, NATIVE_NAMES } from '../../../domain/languages.js';
import { can } from '../../../domain/policy.js';
import { isReviewName, sourceChanged } from '../../../domain/translation-review.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { type DeskItem, TranslationDeskPage } from '../../../render/newsroom/translation-desk.js';
import { TranslatorPage } from '../../../render/newsroom/translator-page.js';
import { findArticle, storyVersions } from '../../../storage/repos/articles.js';
import { type DeskRow, findReview, storiesLacking, versionsIn } from '../../../storage/repos/translations.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { changesOf, editOf, rowsOf } from '../../views/translator.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

async function formOf(c: Context<AppEnv>) {
  return c.req.parseBody({ all: true });
}

export function newsroomTranslationRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;
  const machine = deps.machineTranslation?.provider ?? null;
  const ctxOf = (c: Context<AppEnv>): CommandContext => ({
    db,
    actor: newsroomView(c, deps).staff,
    now: deps.clock(),
  });

  routes.post('/articles/:id/translations', async (c) => {
    const form = await formOf(c);
    const asked = ([] as unknown[]).concat(form.languages ?? []);
    const languages = asked.filter(isLanguage);
    if (languages.length !== asked.length || languages.length === 0) {
      throw invalid('languages', 'Tick at least one language');
    }
    const drafts = await translateArticle(ctxOf(c), deps.machineTranslation, c.req.param('id'), languages);
    const made = drafts.map((d) => d.article.language).join(',');
    return c.redirect(`/newsroom/articles/${drafts[0]?.article.id}/translation?made=${made}`, 303);
  });

  routes.get('/articles/:id/translation', async (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'article.read');
    const version = await findArticle(db, c.req.param('id'));
    const review = version ? await findReview(db, version.id) : null;
    if (!version || !review)
      throw new DomainError('not_found', 'No version made by "Translate" with this id');
    const original = (await findArticle(db, review.sourceId)) ?? version;
    // A live version is reviewed as its working copy: the held edit is what will go out.
    const { article: working, pendingId } = await workingCopy(db, version);
    const existing = (await storyVersions(db, version.storyId)).map((v) => v.language);
    const made = (c.req.query('made') ?? '').split(',').filter(isLanguage);
    const html = renderToString(
      <TranslatorPage
        view={{
          t,
          staff,
          csrf,
          version: {
            id: version.id,
            language: version.language,
            headline: version.headline,
            status: version.status,
            articleVersion: version.version,
          },
          original: { id: original.id, language: original.language },
          provider: review.provider,
          machine,
          rows: rowsOf(t, working, original, review),
          pending: pendingId !== null,
          changes: sourceChanged(review.sourceText, original)
            ? changesOf(t, review.sourceText, original)
            : [],
          missingLanguages: LANGUAGES.filter((l) => !existing.includes(l)),
          message: made.length
            ? t.t('translation.made', { languages: made.map((l) => NATIVE_NAMES[l]).join(', ') })
            : null,
          error: null,
          canPublish: can(staff, 'article.publish'),
        }}
      />,
    );
    return c.html(html, 200, NO_STORE);
  });

  routes.post('/articles/:id/review', async (c) => {
    const id = c.req.param('id');
    const form = await formOf(c);
    const field = typeof form.field === 'string' ? form.field : '';
    const article = await findArticle(db, id);
    if (!article) throw new DomainError('not_found', `No article with id ${id}`);
    // Whose article it is decides first; a form naming no field changes nothing.
    await requireStep(db, ctxOf(c), 'edit', article);
    if (!field) return c.redirect(`/newsroom/articles/${id}/translation`, 303);
    if (!isReviewName(field)) throw invalid('field', `Unknown field "${field}"`);
    const text = typeof form.text === 'string' ? form.text : undefined;
    const version = Number(form.version);
    // On a live version the edit waits as held changes: it goes out through the guard.
    const live = article.status === 'published' || article.status === 'scheduled';
    const { article: working } = await workingCopy(db, article);
    await updateArticle(ctxOf(c), id, editOf(working, field, text), {
      expectedVersion: Number.isInteger(version) && version > 0 ? version : undefined,
      reviewed: [field],
      hold: live,
    });
    return c.redirect(`/newsroom/articles/${id}/translation`, 303);
  });

  routes.post('/articles/:id/publish-version', async (c) => {
    const id = c.req.param('id');
    const form = await formOf(c);
    const reason = typeof form.overrideReason === 'string' ? form.overrideReason.trim() : '';
    const version = Number(form.version);
    const expectedVersion = Number.isInteger(version) && version > 0 ? version : undefined;
    const current = await findArticle(db, id);
    // A live version's held changes go out as a held edit published; the guard stands in both.
    const article =
      current?.status === 'published' && (await workingCopy(db, current)).pendingId
        ? await publishPending(ctxOf(c), id, { expectedVersion })
        : await updateArticle(
            ctxOf(c),
            id,
            { status: 'published' },
            { expectedVersion, overrideReason: reason || undefined },
          );
    deps.pageCache.clear();
    return c.redirect(`/newsroom/articles/${article.id}`, 303);
  });

  routes.post('/articles/:id/retranslate', async (c) => {
    const id = c.req.param('id');
    const done = await retranslateChanged(ctxOf(c), deps.machineTranslation, id);
    return c.redirect(done ? `/newsroom/articles/${id}/translation` : `/newsroom/articles/${id}`, 303);
  });

  routes.get('/translations', async (c) => {
    const { t, staff, csrf, language: interfaceLanguage } = newsroomView(c, deps);
    authorize(staff, 'article.read');
    const asked = c.req.query('language');
    const language: Language = isLanguage(asked) ? asked : interfaceLanguage;
    const item = (row: DeskRow): DeskItem => ({
      id: row.id,
      language: isLanguage(row.language) ? row.language : language,
      headline: row.headline,
      status: row.status,
      unreviewed: row.unreviewed,
      machine: row.provider !== null,
    });
    const html = renderToString(
      <TranslationDeskPage
        view={{
          t,
          staff,
          csrf,
          language,
          machine,
          lacking: (await storiesLacking(db, language, 50, deps.clock())).map(item),
          versions: (await versionsIn(db, language, 100)).map(item),
        }}
      />,
    );
    return c.html(html, 200, NO_STORE);
  });

  return routes;
}
