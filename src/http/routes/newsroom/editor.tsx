/**
 * The article editor of the newsroom (under /newsroom): a new article, editing one, and the
 * preview that shows an article exactly as readers will see it, before it is published.
 * Saving and the workflow steps go through the staff API (/api/v1/articles) from the page.
 * @example GET /newsroom/articles/new?language=de · GET /newsroom/articles/{id} · GET /newsroom/articles/{id}/preview
 */
import { type Context, Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { pendingVersion } from '../../../commands/revisions.js';
import { allowedSteps, assertMayEdit } from '../../../commands/workflow.js';
import { ARTICLE_TYPES, type Article, articlePath } from '../../../domain/article.js';
import { mediaIdsOf, relatedIdsOf } from '../../../domain/body.js';
import { DomainError } from '../../../domain/errors.js';
import { type ImageTextGap, imageTextGaps } from '../../../domain/image-texts.js';
import {
  isLanguage,
  LANGUAGES,
  type Language,
  NATIVE_NAMES,
  pickLocalized,
} from '../../../domain/languages.js';
import { type Media, renditionPath, renditionsOf } from '../../../domain/media.js';
import { bodyAsText } from '../../../domain/revisions.js';
import type { MessageKey, Translator } from '../../../i18n/catalogue.js';
import { en as editorMessages } from '../../../i18n/messages/editor/en.js';
import { en as editorcoreMessages } from '../../../i18n/messages/editorcore/en.js';
import { en as editorUxMessages } from '../../../i18n/messages/editorux/en.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { EditorPage } from '../../../render/newsroom/editor-page.js';
import { PREVIEW_CSS, PreviewBanner } from '../../../render/newsroom/editor-preview.js';
import {
  type EditorArticle,
  type EditorPageView,
  LENGTH_LIMITS,
} from '../../../render/newsroom/editor-view.js';
import { ArticlePage } from '../../../render/pages/article-page.js';
import { findArticle, firstOtherVersion, storyVersions } from '../../../storage/repos/articles.js';
import { findMediaMany } from '../../../storage/repos/media.js';
import { publishedByIds } from '../../../storage/repos/reader.js';
import { listAuthors, listSections, listTopics } from '../../../storage/repos/taxonomy.js';
import { findReview } from '../../../storage/repos/translations.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { presentArticle } from '../../presenters.js';
import { securityHeaders } from '../../security-headers.js';
import { articleViewOf, frameOriginsOf, moreInSectionOf } from '../../views/article.js';
import { chromeOf } from '../../views/chrome.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** The texts of a publishing step refused for an image's missing alt text or credit (client/editor/publish-gaps.ts). */
const PUBLISH_GAP_KEYS = [
  'newsroomdesk.publish.heroAlt',
  'newsroomdesk.publish.heroCredit',
  'newsroomdesk.publish.bodyAlt',
  'newsroomdesk.publish.bodyCredit',
] as const satisfies readonly MessageKey[];

/** What an image lacks, said in the newsroom's language. */
function gapText(t: Translator, gap: ImageTextGap): string {
  if (gap.place === 'hero')
    return t.t(gap.missing === 'alt' ? 'newsroomdesk.publish.heroAlt' : 'newsroomdesk.publish.heroCredit');
  return t.t(gap.missing === 'alt' ? 'newsroomdesk.publish.bodyAlt' : 'newsroomdesk.publish.bodyCredit', {
    n: gap.n,
    label: gap.label,
  });
}

/** A small rendition for the editor's previews (the narrowest that is at least 320 px, else the largest). */
function previewOf(media: Media): string | null {
  const renditions = renditionsOf(media, 'webp');
  const pick = renditions.find((r) => r.width >= 320) ?? renditions.at(-1);
  return pick ? renditionPath(media.id, pick) : null;
}

/**
 * The editor's view of a stored article: what the API answers, so the island sees one shape;
 * for a published article with a held edit, the held edit's content (what the editor works on).
 */
function editorArticleOf(
  article: Article,
  publicUrl: string,
  pending: { article: Article; number: number } | null,
): EditorArticle {
  const presented = presentArticle(pending?.article ?? article, publicUrl);
  return {
    id: presented.id,
    storyId: presented.storyId,
    language: presented.language,
    status: presented.status,
    version: presented.version,
    type: presented.type,
    headline: presented.headline,
    lead: presented.lead,
    kicker: presented.kicker,
    dateline: presented.dateline,
    section: presented.section,
    source: presented.source,
    topics: presented.topics,
    authors: presented.authors,
    hero: presented.hero,
    body: presented.body,
    publishAt: presented.publishAt,
    url: 'url' in presented ? presented.url : undefined,
    pendingRevision: pending?.number ?? null,
  };
}

/**
 * The reader's article page of an article in any status, built as the reader route builds
 * it (without the read beacon, so a preview is not counted as a read), with the preview
 * banner set in after <body> and noindex in the head.
 */
async function previewPage(
  deps: AppDeps,
  article: Article,
  t: Translator,
  embedScript: string | null,
): Promise<{ html: string; frames: string[] }> {
  const db = deps.store.db;
  const sections = await listSections(db);
  const moreInSection = await moreInSectionOf(db, article);
  const { view } = await articleViewOf(db, article, {
    sections,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    moreInSection,
    embedMetadata: deps.embedMetadata,
    embedScript,
  });
  const chrome = chromeOf({
    language: article.language,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    sections,
    path: articlePath(article),
    title: article.headline,
    description: article.lead,
    currentSection: article.sectionSlug,
    now: deps.clock(),
  });
  const html = await Promise.resolve(
    // An article readers cannot see has no comments yet: the preview asks for none.
    (<ArticlePage chrome={chrome} article={view} comments={article.status === 'published'} />).toString(),
  );
  const banner = await Promise.resolve(
    (<PreviewBanner t={t} articleId={article.id} status={article.status} />).toString(),
  );
  return {
    html: `<!doctype html>${html
      .replace(
        '<head>',
        `<head><meta name="robots" content="noindex, nofollow"><style>${PREVIEW_CSS}</style>`,
      )
      .replace(/<body([^>]*)>/, (body) => `${body}${banner}`)}`,
    frames: frameOriginsOf(view),
  };
}

export function newsroomEditorRoutes(deps: AppDeps, assets: ClientAssets) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;
  const script = assets.editor?.src ?? null;
  const security = securityHeaders(deps.publicUrl);

  const messagesFor = (t: Translator) =>
    Object.fromEntries(
      [
        ...Object.keys({ ...editorMessages, ...editorcoreMessages, ...editorUxMessages }),
        ...PUBLISH_GAP_KEYS,
      ].map((key) => {
        const message = t.parts(key as MessageKey);
        // Plain texts stay strings; plural messages go as parts the island renders.
        const plain = message.every((part) => part.kind === 'text' || part.kind === 'arg');
        return [key, plain ? t.t(key as MessageKey) : message];
      }),
    );

  const page = async (c: Context<AppEnv>, language: Language, article: Article | null) => {
    const { t, staff, csrf, language: uiLanguage } = newsroomView(c, deps);
    const [sections, topics, authors] = await Promise.all([
      listSections(db),
      listTopics(db),
      listAuthors(db),
    ]);
    // A published article with a held edit opens with the held edit: what its author works on.
    const pending = article ? await pendingVersion(db, article) : null;
    const shown = pending?.article ?? article;
    const mediaIds = shown ? [...mediaIdsOf(shown.body), ...(shown.hero ? [shown.hero.mediaId] : [])] : [];
    const [media, related, versions] = await Promise.all([
      findMediaMany(db, mediaIds),
      publishedByIds(db, shown ? relatedIdsOf(shown.body) : []),
      article ? storyVersions(db, article.storyId) : Promise.resolve([]),
    ]);
    const mediaPreviews: Record<string, string> = {};
    for (const [id, item] of media) {
      const src = previewOf(item);
      if (src) mediaPreviews[id] = src;
    }
    const relatedHeadlines: Record<string, string> = {};
    for (const [id, item] of related) relatedHeadlines[id] = item.headline;
    const editorArticle = article ? editorArticleOf(article, deps.publicUrl, pending) : null;
    const others = versions.filter((v) => v.id !== article?.id);
    const chosen = c.req.query('original');
    const originalArticle = !article
      ? null
      : chosen && others.some((v) => v.id === chosen)
        ? await findArticle(db, chosen)
        : others.length > 0
          ? await firstOtherVersion(db, article.storyId, article.id)
          : null;
    const taken = new Set<Language>([language, ...others.map((v) => v.language)]);
    const { steps, editsHeld } = await allowedSteps({ db, actor: staff, now: deps.clock() }, article);
    const view: EditorPageView = {
      t,
      staff,
      csrf,
      article: editorArticle,
      language,
      types: ARTICLE_TYPES.map((type) => ({ value: type, label: t.t(`type.${type}` as MessageKey) })),
      sections: sections.map((s) => ({ value: s.slug, label: pickLocalized(s.name, uiLanguage) })),
      topics: topics.map((s) => ({ value: s.slug, label: pickLocalized(s.name, uiLanguage) })),
      authors: authors.map((s) => ({ value: s.slug, label: pickLocalized(s.name, uiLanguage) })),
      heroPreview: shown?.hero ? (mediaPreviews[shown.hero.mediaId] ?? null) : null,
      translations: others.map((v) => ({ id: v.id, language: v.language, status: v.status })),
      translating: {
        machine: deps.machineTranslation?.provider ?? null,
        reviewHref:
          article && (await findReview(db, article.id))
            ? `/newsroom/articles/${article.id}/translation`
            : null,
      },
      original: originalArticle
        ? {
            id: originalArticle.id,
            language: originalArticle.language,
            headline: originalArticle.headline,
            lead: originalArticle.lead,
            paragraphs: bodyAsText(originalArticle.body)
              .split('\n')
              .filter((line) => line.trim()),
            alternatives:
              others.length > 1 ? others.map((v) => ({ value: v.id, label: NATIVE_NAMES[v.language] })) : [],
          }
        : null,
      missingLanguages: LANGUAGES.filter((l) => !taken.has(l)).map((l) => ({
        value: l,
        label: NATIVE_NAMES[l],
      })),
      publishGaps: shown ? imageTextGaps(shown, media).map((gap) => gapText(t, gap)) : [],
      allowed: {
        submit: steps.has('submit'),
        sendBack: steps.has('sendBack'),
        publish: steps.has('publish'),
        schedule: steps.has('schedule') || steps.has('reschedule'),
        unpublish: steps.has('unpublish'),
        publishPending: steps.has('publishPending'),
        editsHeld,
      },
      bootstrap: {
        article: editorArticle,
        language,
        uiLanguage,
        timeZone: t.timeZone,
        messages: messagesFor(t),
        mediaPreviews,
        relatedHeadlines,
        limits: LENGTH_LIMITS,
      },
      script,
      publicHost: new URL(deps.publicUrl).host,
    };
    return c.html(renderToString(<EditorPage view={view} />), 200, NO_STORE);
  };

  const articleOf = async (id: string) => {
    const article = await findArticle(db, id);
    if (!article) throw new DomainError('not_found', `No article with id ${id}`);
    return article;
  };

  routes.get('/articles/new', async (c) => {
    const { staff, language: uiLanguage } = newsroomView(c, deps);
    authorize(staff, 'article.create');
    const requested = c.req.query('language');
    if (requested !== undefined && !isLanguage(requested))
      throw new DomainError('validation_failed', `Unknown language ${requested}`, 'language');
    return page(c, requested ?? uiLanguage, null);
  });

  routes.get('/articles/:id', async (c) => {
    const { staff } = newsroomView(c, deps);
    authorize(staff, 'article.update');
    const article = await articleOf(c.req.param('id'));
    // Someone who may not edit this article (a contributor, someone else's) is told so here.
    await assertMayEdit({ db, actor: staff, now: deps.clock() }, article);
    return page(c, article.language, article);
  });

  routes.get('/articles/:id/preview', async (c) => {
    const { staff, t } = newsroomView(c, deps);
    authorize(staff, 'article.read');
    const article = await articleOf(c.req.param('id'));
    // A published article with a held edit previews the edit: what readers will see once it goes out.
    const pending = await pendingVersion(db, article);
    const preview = await previewPage(deps, pending?.article ?? article, t, assets.embeds?.src ?? null);
    return c.html(preview.html, 200, {
      ...security.framing('newsroom', preview.frames),
      ...NO_STORE,
      'x-robots-tag': 'noindex, nofollow',
    });
  });

  return routes;
}
