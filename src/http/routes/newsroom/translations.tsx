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
import { retranslateChanged, translateArticle } from '../../../commands/translations.js';
import type { Article } from '../../../domain/article.js';
import type { BlockNode, BodyDoc } from '../../../domain/body.js';
import { walkBlock } from '../../../domain/body-walk.js';
import { DomainError, invalid } from '../../../domain/errors.js';
import { isLanguage, LANGUAGES, type Language, NATIVE_NAMES } from '../../../domain/languages.js';
import { can } from '../../../domain/policy.js';
import { PLAIN_TEXT } from '../../../domain/search-text.js';
import {
  isReviewName,
  type ReviewField,
  type SourceText,
  sourceChanged,
} from '../../../domain/translation-review.js';
import type { Translator } from '../../../i18n/catalogue.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { type DeskItem, TranslationDeskPage } from '../../../render/newsroom/translation-desk.js';
import { TranslatorPage, type TranslatorRow } from '../../../render/newsroom/translator-page.js';
import { findArticle, storyVersions } from '../../../storage/repos/articles.js';
import { type DeskRow, findReview, storiesLacking, versionsIn } from '../../../storage/repos/translations.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

const blockText = (block: BlockNode | undefined) => (block ? walkBlock(block, PLAIN_TEXT) : '');

/** A paragraph of plain text (no marks, links or breaks) can be edited in a text box. */
function plainParagraph(block: BlockNode | undefined): boolean {
  return (
    block?.type === 'paragraph' && (block.content ?? []).every((n) => n.type === 'text' && !n.marks?.length)
  );
}

function fieldLabel(t: Translator, field: ReviewField): string {
  const block = /^body\.(\d+)$/.exec(field);
  if (block) return t.t('translation.field.block', { n: String(Number(block[1]) + 1) });
  const labels = {
    headline: 'translation.field.headline',
    lead: 'translation.field.lead',
    kicker: 'translation.field.kicker',
    'hero.alt': 'translation.field.heroAlt',
    'hero.caption': 'translation.field.heroCaption',
  } as const;
  return t.t(labels[field as keyof typeof labels]);
}

function textOf(article: Article, field: ReviewField): string {
  const block = /^body\.(\d+)$/.exec(field);
  if (block) return blockText(article.body.content[Number(block[1])]);
  if (field === 'hero.alt') return article.hero?.alt ?? '';
  if (field === 'hero.caption') return article.hero?.caption ?? '';
  return (field === 'kicker' ? article.kicker : article[field as 'headline' | 'lead']) ?? '';
}

/** Every field of the version beside the original's, in reading order. */
function rowsOf(
  t: Translator,
  version: Article,
  original: Article,
  unreviewed: readonly ReviewField[],
): TranslatorRow[] {
  const fields: ReviewField[] = ['headline', 'kicker', 'lead', 'hero.alt', 'hero.caption'];
  const all = [...fields, ...version.body.content.map((_, i) => `body.${i}` as const)];
  return all
    .filter((field) => textOf(version, field) || textOf(original, field) || unreviewed.includes(field))
    .filter((field) => !field.startsWith('hero') || version.hero)
    .map((field) => {
      const block = /^body\.(\d+)$/.exec(field);
      return {
        field,
        label: fieldLabel(t, field),
        original: textOf(original, field),
        version: textOf(version, field),
        reviewed: !unreviewed.includes(field),
        editable: block ? plainParagraph(version.body.content[Number(block[1])]) : !field.startsWith('hero'),
      };
    });
}

/** What changed in the original since the version was made: headline, lead and paragraph by paragraph. */
function changesOf(t: Translator, was: SourceText, now: Article) {
  const changes: Array<{ label: string; was: string; now: string }> = [];
  if (was.headline !== now.headline)
    changes.push({ label: fieldLabel(t, 'headline'), was: was.headline, now: now.headline });
  if (was.lead !== now.lead) changes.push({ label: fieldLabel(t, 'lead'), was: was.lead, now: now.lead });
  const count = Math.max(was.body.content.length, now.body.content.length);
  for (let i = 0; i < count; i++) {
    const before = blockText(was.body.content[i]);
    const after = blockText(now.body.content[i]);
    if (before !== after) changes.push({ label: fieldLabel(t, `body.${i}`), was: before, now: after });
  }
  return changes;
}

/** The text change a review form asks for, as the fields of an edit. */
function editOf(article: Article, field: string, text: string | undefined) {
  if (text === undefined) return {};
  const value = text.replace(/\r\n/g, '\n').trim();
  if (field === 'headline' || field === 'lead' || field === 'kicker') return { [field]: value };
  const block = /^body\.(\d+)$/.exec(field);
  const index = Number(block?.[1]);
  if (!block || !plainParagraph(article.body.content[index])) return {};
  const body: BodyDoc = {
    ...article.body,
    content: article.body.content.map((node, i) =>
      i === index ? { type: 'paragraph', content: value ? [{ type: 'text', text: value }] : [] } : node,
    ),
  };
  return { body };
}

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
          rows: rowsOf(t, version, original, review.unreviewed),
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
    await updateArticle(ctxOf(c), id, editOf(article, field, text), {
      expectedVersion: Number.isInteger(version) && version > 0 ? version : undefined,
      reviewed: [field],
    });
    return c.redirect(`/newsroom/articles/${id}/translation`, 303);
  });

  routes.post('/articles/:id/publish-version', async (c) => {
    const id = c.req.param('id');
    const form = await formOf(c);
    const reason = typeof form.overrideReason === 'string' ? form.overrideReason.trim() : '';
    const version = Number(form.version);
    const article = await updateArticle(
      ctxOf(c),
      id,
      { status: 'published' },
      {
        expectedVersion: Number.isInteger(version) && version > 0 ? version : undefined,
        overrideReason: reason || undefined,
      },
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
          lacking: (await storiesLacking(db, language, 50)).map(item),
          versions: (await versionsIn(db, language, 100)).map(item),
        }}
      />,
    );
    return c.html(html, 200, NO_STORE);
  });

  return routes;
}
