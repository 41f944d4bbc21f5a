/**
 * The media library and the front-page curation of the newsroom (under /newsroom). Every
 * form works without scripts; the library island adds drag-and-drop uploads with progress
 * through the media API. Checks are the commands' own, so pages and API refuse alike.
 * @example GET /newsroom/media?q=lake · GET /newsroom/front-pages?language=de
 */
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { authorize } from '../../../commands/context.js';
import { changeFrontPage, MAX_PINS, type PinChange } from '../../../commands/front-pages.js';
import { updateMediaText } from '../../../commands/media.js';
import { uploadMedia } from '../../../commands/upload-media.js';
import { articlePath } from '../../../domain/article.js';
import { DomainError, invalid } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { MEDIA_LIMITS, type Media, renditionPath, renditionsOf } from '../../../domain/media.js';
import { can } from '../../../domain/policy.js';
import type { Gate } from '../../../lib/gate.js';
import { instantToLocal, localToInstant } from '../../../lib/zoned-time.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { LibraryDetailPage, type LibraryDetailView } from '../../../render/newsroom/library-detail.js';
import { FrontPagesPage, type FrontPagesView } from '../../../render/newsroom/library-front-pages.js';
import {
  type LibraryImageView,
  LibraryPage,
  type LibraryPageView,
} from '../../../render/newsroom/library-media.js';
import { activePins, pinCandidates } from '../../../storage/repos/front-pages.js';
import { findMedia, mediaUses, searchMedia } from '../../../storage/repos/media.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { STATUS_OF } from '../../errors.js';
import { newsroomView } from '../../newsroom-context.js';

const PAGE_SIZE = 24;
const NO_STORE = { 'cache-control': 'no-store' } as const;

type Form = Record<string, string | File | (string | File)[]>;
const text = (form: Form, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : '';
};

/** The page number of `?page=`: 1 when absent or not a positive whole number. */
function pageOf(raw: string | undefined): number {
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

function libraryHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/newsroom/media?${search}` : '/newsroom/media';
}

function imageOf(media: Media): LibraryImageView {
  const renditions = renditionsOf(media, 'webp');
  const small = renditions.find((r) => r.width >= 320) ?? renditions.at(-1);
  return {
    id: media.id,
    href: `/newsroom/media/${media.id}`,
    src: small ? renditionPath(media.id, small) : '',
    srcset: renditions
      .filter((r) => r.width <= 640)
      .map((r) => `${renditionPath(media.id, r)} ${r.width}w`)
      .join(', '),
    width: small?.width ?? media.width,
    height: small?.height ?? media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    createdAt: media.createdAt,
  };
}

/** A DomainError's status and message, for a page that shows it; anything else is rethrown. */
function pageError(error: unknown): { status: ContentfulStatusCode; message: string; field: string | null } {
  if (!(error instanceof DomainError) || error.code === 'forbidden' || error.code === 'unauthorized')
    throw error;
  return { status: STATUS_OF[error.code], message: error.message, field: error.field ?? null };
}

/** The library, front pages and uploads; uploads pass `gate` (src/http/upload-gate.ts). */
export function newsroomLibraryRoutes(deps: AppDeps, gate: Gate, assets: ClientAssets) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;
  const script = assets.library?.src ?? null;

  const libraryPage = async (
    c: Context<AppEnv>,
    status: ContentfulStatusCode,
    extra: { values?: LibraryPageView['values']; error?: string } = {},
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'media.read');
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const page = pageOf(c.req.query('page'));
    const { items, total } = await searchMedia(db, {
      query,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const view: LibraryPageView = {
      query,
      total,
      images: items.map(imageOf),
      previousHref: page > 1 ? libraryHref(query, page - 1) : null,
      nextHref: page * PAGE_SIZE < total ? libraryHref(query, page + 1) : null,
      canUpload: can(staff, 'media.upload'),
      maxMegabytes: Math.round(MEDIA_LIMITS.maxBytes / (1024 * 1024)),
      values: extra.values ?? { alt: '', caption: '', credit: '' },
      error: extra.error ? t.t('library.error', { message: extra.error }) : null,
      script,
    };
    return c.html(
      renderToString(<LibraryPage t={t} staff={staff} csrf={csrf} view={view} />),
      status,
      NO_STORE,
    );
  };

  routes.get('/media', (c) => libraryPage(c, 200));

  /** The upload without scripts: one or more files from the plain form. */
  routes.post('/media', async (c) => {
    const { staff } = newsroomView(c, deps);
    authorize(staff, 'media.upload');
    const form = (await c.req.parseBody({ all: true })) as Form;
    const values = { alt: text(form, 'alt'), caption: text(form, 'caption'), credit: text(form, 'credit') };
    const files = [form.file ?? []].flat().filter((f): f is File => f instanceof File && f.size > 0);
    try {
      if (files.length === 0) throw invalid('file', 'Choose an image file to upload');
      const ids: string[] = [];
      for (const file of files) {
        const data = Buffer.from(await file.arrayBuffer());
        const media = await gate.run(() =>
          uploadMedia({ db, actor: staff, now: deps.clock() }, deps.files, { data, ...values }),
        );
        ids.push(media.id);
      }
      c.header('Cache-Control', 'no-store');
      return c.redirect(ids.length === 1 ? `/newsroom/media/${ids[0]}?uploaded=1` : '/newsroom/media', 303);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'unavailable') {
        const seconds = error.retryAfterSeconds ?? 10;
        c.header('Retry-After', String(seconds));
        const { t } = newsroomView(c, deps);
        return libraryPage(c, 503, { values, error: t.t('abuse.upload.busy', { seconds }) });
      }
      const { status, message } = pageError(error);
      return libraryPage(c, status, { values, error: message });
    }
  });

  const detailPage = async (
    c: Context<AppEnv>,
    status: ContentfulStatusCode,
    extra: { values?: LibraryDetailView['values']; error?: { message: string; field: string | null } } = {},
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'media.read');
    const media = await findMedia(db, c.req.param('id') ?? '');
    if (!media) throw new DomainError('not_found', `No media with id ${c.req.param('id')}`);
    const renditions = renditionsOf(media, 'webp');
    const preview = renditions.find((r) => r.width >= 640) ?? renditions.at(-1);
    const largest = renditions.at(-1);
    const uses = await mediaUses(db, media.id);
    const view: LibraryDetailView = {
      id: media.id,
      preview: {
        src: preview ? renditionPath(media.id, preview) : '',
        srcset: renditions.map((r) => `${renditionPath(media.id, r)} ${r.width}w`).join(', '),
        width: preview?.width ?? media.width,
        height: preview?.height ?? media.height,
      },
      originalHref: largest ? renditionPath(media.id, largest) : '',
      width: media.width,
      height: media.height,
      createdAt: media.createdAt,
      values: extra.values ?? { alt: media.alt, caption: media.caption ?? '', credit: media.credit ?? '' },
      canEdit: can(staff, 'media.update'),
      notice: c.req.query('saved') ? 'saved' : c.req.query('uploaded') ? 'uploaded' : null,
      error: extra.error?.message ?? null,
      errorField: extra.error?.field ?? null,
      uses: uses.map((use) => ({
        headline: use.headline,
        language: use.language,
        status: use.status,
        place: use.place,
        href:
          use.status === 'published' && isLanguage(use.language)
            ? articlePath({
                language: use.language,
                sectionSlug: use.sectionSlug,
                slug: use.slug,
                id: use.articleId,
              })
            : null,
      })),
      script,
    };
    return c.html(
      renderToString(<LibraryDetailPage t={t} staff={staff} csrf={csrf} view={view} />),
      status,
      NO_STORE,
    );
  };

  routes.get('/media/:id', (c) => detailPage(c, 200));

  routes.post('/media/:id', async (c) => {
    const { staff } = newsroomView(c, deps);
    authorize(staff, 'media.update');
    const form = (await c.req.parseBody()) as Form;
    const values = { alt: text(form, 'alt'), caption: text(form, 'caption'), credit: text(form, 'credit') };
    try {
      await updateMediaText({ db, actor: staff, now: deps.clock() }, c.req.param('id'), values);
    } catch (error) {
      const { status, message, field } = pageError(error);
      if (status === 404) throw error;
      return detailPage(c, status, { values, error: { message, field } });
    }
    // Article pages fall back to the image's own texts, so readers must see the new ones.
    deps.pageCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/newsroom/media/${c.req.param('id')}?saved=1`, 303);
  });

  const frontPagesPage = async (
    c: Context<AppEnv>,
    status: ContentfulStatusCode,
    extra: { language?: Language; error?: string } = {},
  ) => {
    const { t, staff, csrf, language: interfaceLanguage } = newsroomView(c, deps);
    authorize(staff, 'frontpage.manage');
    const asked = c.req.query('language');
    const language = extra.language ?? (isLanguage(asked) ? asked : interfaceLanguage);
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const now = deps.clock();
    const pins = await activePins(db, language, now);
    const candidates = await pinCandidates(db, {
      language,
      query,
      excludeIds: pins.map((p) => p.articleId),
      limit: 10,
    });
    const moved = c.req.query('moved');
    const direction = c.req.query('dir');
    const view: FrontPagesView = {
      language,
      pins: pins.map((p) => ({
        articleId: p.articleId,
        headline: p.headline,
        href: articlePath({ language, sectionSlug: p.sectionSlug, slug: p.slug, id: p.articleId }),
        firstPublishedAt: p.firstPublishedAt,
        expiresAt: p.expiresAt,
        expiresLocal: p.expiresAt ? instantToLocal(p.expiresAt, deps.timeZone) : '',
        pinnedByName: p.pinnedByName,
      })),
      candidates: candidates.map((a) => ({
        articleId: a.id,
        headline: a.headline,
        href: articlePath({ language, sectionSlug: a.sectionSlug, slug: a.slug, id: a.id }),
        firstPublishedAt: a.firstPublishedAt,
      })),
      query,
      maxPins: MAX_PINS,
      timeZone: deps.timeZone,
      saved: c.req.query('saved') === '1' && !extra.error,
      error: extra.error ?? null,
      focus: moved && (direction === 'up' || direction === 'down') ? { articleId: moved, direction } : null,
    };
    return c.html(
      renderToString(<FrontPagesPage t={t} staff={staff} csrf={csrf} view={view} />),
      status,
      NO_STORE,
    );
  };

  routes.get('/front-pages', (c) => frontPagesPage(c, 200));

  /** The change a front-page form asks for, from its fields. */
  const CHANGES: Record<'pin' | 'unpin' | 'move' | 'expiry', (form: Form, articleId: string) => PinChange> = {
    pin: (_form, articleId) => ({ kind: 'pin', articleId }),
    unpin: (_form, articleId) => ({ kind: 'unpin', articleId }),
    move: (form, articleId) => ({
      kind: 'move',
      articleId,
      direction: text(form, 'direction') === 'down' ? 'down' : 'up',
    }),
    expiry: (form, articleId) => {
      const local = text(form, 'expiresAt');
      if (text(form, 'clear') || !local.trim()) return { kind: 'expire', articleId, expiresAt: null };
      const instant = localToInstant(local, deps.timeZone);
      if (!instant) throw invalid('expiresAt', `expiresAt: ${local} is not a date and time`);
      return { kind: 'expire', articleId, expiresAt: instant.toISOString() };
    },
  };

  for (const action of Object.keys(CHANGES) as Array<keyof typeof CHANGES>) {
    routes.post(`/front-pages/${action}`, async (c) => {
      const { staff } = newsroomView(c, deps);
      authorize(staff, 'frontpage.manage');
      const form = (await c.req.parseBody()) as Form;
      const language = text(form, 'language');
      if (!isLanguage(language)) throw invalid('language', `No front page for the language ${language}`);
      const articleId = text(form, 'articleId');
      let change: PinChange;
      try {
        change = CHANGES[action](form, articleId);
        await changeFrontPage({ db, actor: staff, now: deps.clock() }, language, change);
      } catch (error) {
        const { status, message } = pageError(error);
        return frontPagesPage(c, status, { language, error: message });
      }
      deps.pageCache.clear();
      c.header('Cache-Control', 'no-store');
      const id = encodeURIComponent(articleId);
      const moved = change.kind === 'move' ? `&moved=${id}&dir=${change.direction}` : '';
      const anchor = change.kind === 'unpin' ? '#pins-heading' : `#pin-${id}`;
      return c.redirect(`/newsroom/front-pages?language=${language}&saved=1${moved}${anchor}`, 303);
    });
  }

  return routes;
}
