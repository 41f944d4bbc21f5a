/**
 * The HTTP application: health, the staff API, media files and the reader site.
 * Built once at boot from its dependencies; tests call it in-process with `app.request()`.
 * @example const app = createApp(deps); const res = await app.request('/healthz');
 */
import { join } from 'node:path';
import { Hono } from 'hono';
import { isLanguage, negotiateLanguage } from '../domain/languages.js';
import { TranslationRefusal } from '../domain/translation-review.js';
import { translator } from '../i18n/catalogue.js';
import { BRAND_IMAGE_FILES } from '../render/brand-images.js';
import { renderToString } from '../render/jsx/jsx-runtime.js';
import { NewsroomErrorPage } from '../render/newsroom/error-page.js';
import { refusalText } from '../render/newsroom/review-fields.js';
import { isHealthy } from '../storage/db.js';
import { defineRoute } from './api-route.js';
import { answerRefusal } from './body-refusal.js';
import { loadBrandFiles } from './brand-files.js';
import { clientAddress, recordClientAddress } from './client-address.js';
import { defaultAssetsDir, loadClientAssets } from './client-assets.js';
import type { AppDeps, AppEnv } from './deps.js';
import { renderErrorPage } from './error-page.js';
import { describeError, errorBody, FAULT_TEXTS, UNKNOWN_ERROR_TITLE } from './errors.js';
import { bodyLimits } from './middleware/body-limits.js';
import { sameOriginOnly } from './middleware/same-origin.js';
import { newsroomLanguage } from './newsroom-context.js';
import { OpenApiDocumentSchema, openApiDocument } from './openapi.js';
import { recordRequestId } from './request-id.js';
import { accountsRouter } from './routes/accounts/router.js';
import { apiRouter } from './routes/api/router.js';
import { feedRoutes } from './routes/feeds/feeds.js';
import { newsroomRouter } from './routes/newsroom/router.js';
import { readerNotFound } from './routes/reader/reader.js';
import { readerRouter } from './routes/reader/router.js';
import { siteRouter } from './routes/site/router.js';
import { securityHeaders } from './security-headers.js';
import { uploadGate } from './upload-gate.js';

/** Builds the whole application. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // Made on first request: building it from the schemas takes a noticeable part of a start.
  let openApi: string | null = null;
  // One for the whole app: the API and the newsroom's library share the upload slots.
  const uploads = uploadGate(deps.uploadConcurrency);
  const security = securityHeaders(deps.publicUrl);

  // First, so that every answer (an error or a refusal too) carries the request id.
  app.use('*', recordRequestId(deps.trustedProxies));
  app.use('*', async (c, next) => {
    c.set('staff', null);
    c.set('csrf', null);
    // Set before the answer is made, so it is written in one go. Pages from the page cache
    // carry the same set in their own headers (makePage).
    for (const [name, value] of Object.entries(security.forPath(c.req.path))) c.header(name, value);
    await next();
  });
  app.use('*', recordClientAddress(deps.trustedProxies));
  // The read beacon is open to every origin (sendBeacon from cached and syndicated pages).
  app.use('*', sameOriginOnly({ publicUrl: deps.publicUrl, openPaths: ['/api/v1/public/views'] }));
  // Every body is bounded (size, JSON depth, form fields) before any route reads or walks it.
  app.use('*', bodyLimits({ refuse: (c, refusal) => answerRefusal(deps, c, refusal) }));

  app.get('/healthz', async (c) => {
    const ok = await isHealthy(deps.store);
    c.header('Cache-Control', 'no-store');
    return ok
      ? c.json({ status: 'ok' })
      : c.json({ status: 'unavailable', reason: 'database does not answer' }, 503);
  });

  app.get('/robots.txt', (c) =>
    c.text(
      `User-agent: *\nDisallow: /api/\nSitemap: ${deps.publicUrl}/sitemap.xml\nSitemap: ${deps.publicUrl}/news-sitemap.xml\n`,
      200,
      {
        'cache-control': 'public, max-age=3600',
      },
    ),
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      tags: ['meta'],
      auth: 'public',
      responses: { 200: { description: 'The OpenAPI document', schema: OpenApiDocumentSchema } },
    },
    (c) => {
      // Built from the routes the app serves, once they are all registered.
      openApi ??= JSON.stringify(openApiDocument(deps.publicUrl, app.routes));
      return c.body(openApi, 200, { 'content-type': 'application/json' });
    },
  );

  app.route('/api/v1', apiRouter(deps, uploads));
  app.all('/api/*', (c) => c.json(errorBody('not_found', `No API route ${c.req.method} ${c.req.path}`), 404));

  const clientAssets = loadClientAssets(defaultAssetsDir());
  if (!clientAssets.embeds)
    deps.log.warn('the embeds island is not built (npm run build); embeds stay links');
  const brandFiles = loadBrandFiles(join(defaultAssetsDir(), 'brand'));
  if (brandFiles.size < BRAND_IMAGE_FILES.length)
    deps.log.warn('the brand pictures are not built (npm run build); the icons and the site card answer 404');
  // One router per audience (src/http/routes/<audience>/), each mounted once.
  app.route('/newsroom', newsroomRouter(deps, uploads, clientAssets));
  app.route('/', siteRouter(deps, clientAssets, brandFiles));
  app.route('/', accountsRouter(deps));
  app.route('/', feedRoutes(deps));
  app.route('/', readerRouter(deps, clientAssets));
  app.notFound(readerNotFound(deps));

  app.onError(async (error, c) => {
    const known = describeError(error);
    if (!known)
      deps.log.error('request failed', {
        requestId: c.get('requestId'),
        path: c.req.path,
        address: clientAddress(c),
        error: error instanceof Error ? error.stack : String(error),
      });
    else if (known.fault)
      deps.log.warn('request failed: storage fault', {
        requestId: c.get('requestId'),
        path: c.req.path,
        fault: known.fault,
        error: error instanceof Error ? error.message : String(error),
      });
    const status = known?.status ?? 500;
    if (known?.retryAfterSeconds !== undefined) c.header('Retry-After', String(known.retryAfterSeconds));
    if (c.req.path.startsWith('/api/')) {
      return c.json(known?.body ?? errorBody('internal', 'Something went wrong on our side'), status);
    }
    const staff = c.get('staff');
    const csrf = c.get('csrf');
    if (c.req.path.startsWith('/newsroom') && staff && csrf) {
      const t = translator(newsroomLanguage(c), deps.timeZone);
      const detail = known?.fault
        ? t.t(FAULT_TEXTS[known.fault].body)
        : error instanceof TranslationRefusal
          ? refusalText(t, error.reason, newsroomLanguage(c))
          : known && status !== 404
            ? known.body.error.message
            : null;
      return c.html(
        renderToString(
          <NewsroomErrorPage
            t={t}
            staff={staff}
            csrf={csrf}
            title={known?.title ?? UNKNOWN_ERROR_TITLE}
            detail={detail}
            requestId={c.get('requestId')}
          />,
        ),
        status,
        { ...security.newsroom, 'cache-control': 'no-store' },
      );
    }
    const first = c.req.path.split('/')[1];
    const language = isLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'));
    const faultTexts = known?.fault ? FAULT_TEXTS[known.fault] : undefined;
    const t = translator(language);
    const message = faultTexts ? { title: t.t(faultTexts.title), body: t.t(faultTexts.body) } : undefined;
    // A reader page wherever the failure was (a media file too), so it keeps its styles.
    return c.body(await renderErrorPage(deps, language, c.req.path, message, c.get('requestId')), status, {
      ...security.reader,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
  });

  return app;
}
