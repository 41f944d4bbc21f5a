/**
 * Rankings in the public API: the read beacon pages call (POST /views), Popular Stories
 * (GET /popular) and Most Discussed (GET /most-discussed). Mounted under /api/v1/public; no
 * token, no cookie, CORS open.
 * @example await fetch('/api/v1/public/views', { method: 'POST', body: JSON.stringify({ articleId }) })
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { articlePath } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { isSpeculative } from '../../../domain/rankings.js';
import { popularArticles } from '../../../storage/repos/rankings.js';
import { defineRoute } from '../../api-route.js';
import { cacheable } from '../../cacheable-json.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import {
  MostDiscussedListSchema,
  MostDiscussedQuerySchema,
  PopularListSchema,
  PopularQuerySchema,
  ReadBeaconSchema,
} from '../../schemas/rankings.js';
import { MOST_DISCUSSED } from '../../views/rankings.js';

/** The beacon, Popular Stories and Most Discussed, for mounting under /api/v1/public. */
export function apiRankingsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  // Only on these paths: the rest of /api/v1/public keeps its own CORS rules.
  const open = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    exposeHeaders: ['ETag'],
  });
  for (const path of ['/views', '/popular', '/most-discussed']) app.use(path, open);

  defineRoute(
    app,
    {
      method: 'post',
      path: '/views',
      operationId: 'countRead',
      summary: 'Counts one read of an article (the beacon article pages send); no cookie, always 204',
      tags: ['public'],
      auth: 'public',
      body: { schema: ReadBeaconSchema, kind: 'custom', mediaTypes: ['text/plain', 'application/json'] },
      responses: { 204: { description: 'Received' } },
      errors: [400, 413, 415],
      before: [
        bodyLimit({
          maxSize: 1024,
          onError: () => {
            throw new DomainError('payload_too_large', 'A read beacon is a small JSON object');
          },
        }),
      ],
    },
    async (c, input) => {
      // sendBeacon and a no-cors fetch send text/plain; apps may send JSON.
      const type = c.req.header('content-type') ?? 'text/plain';
      if (!/^\s*(text\/plain|application\/json)\s*(;|$)/i.test(type)) {
        throw new DomainError(
          'unsupported_media_type',
          'Send the beacon as JSON (text/plain or application/json)',
        );
      }
      let value: unknown;
      try {
        value = JSON.parse(await c.req.text());
      } catch {
        throw new DomainError('validation_failed', 'The request body is not valid JSON');
      }
      const { articleId } = input.parse(value);
      const ahead = isSpeculative(
        c.req.header('sec-purpose'),
        c.req.header('purpose'),
        c.req.header('x-moz'),
      );
      if (!ahead && deps.readCounter) {
        deps.readCounter.record(
          { articleId, address: clientAddress(c), userAgent: c.req.header('user-agent') ?? '' },
          deps.clock(),
        );
      }
      // The same answer whatever became of the read: the caller learns nothing about others.
      return c.body(null, 204, { 'cache-control': 'no-store' });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/popular',
      operationId: 'listPopular',
      summary: 'Popular Stories: the most read published articles of a language',
      tags: ['public'],
      auth: 'public',
      query: PopularQuerySchema,
      responses: {
        200: {
          description: 'The most read articles',
          schema: PopularListSchema,
          headers: { ETag: 'Validator for If-None-Match' },
        },
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
      },
      errors: [400],
    },
    async (c, input) => {
      const query = input.query();
      const ranked = await popularArticles(db, { ...query, now: deps.clock() });
      return cacheable(
        c,
        {
          language: query.language,
          window: query.window,
          items: ranked.map(({ article, reads }) => ({
            id: article.id,
            language: article.language,
            type: article.type,
            url: `${deps.publicUrl}${articlePath(article)}`,
            headline: article.headline,
            lead: article.lead,
            firstPublishedAt: article.firstPublishedAt ?? article.modifiedAt,
            reads,
          })),
        },
        { staleSeconds: 120 },
      );
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/most-discussed',
      operationId: 'listMostDiscussed',
      summary: 'Most Discussed: articles and debates with the most approved comments in 7 days',
      tags: ['public'],
      auth: 'public',
      query: MostDiscussedQuerySchema,
      responses: {
        200: {
          description: 'The most discussed',
          schema: MostDiscussedListSchema,
          headers: { ETag: 'Validator for If-None-Match' },
        },
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
      },
      errors: [400],
    },
    async (c, input) => {
      const { language, limit } = input.query();
      const items = await MOST_DISCUSSED(db, language, deps.clock(), limit);
      return cacheable(
        c,
        {
          language,
          items: items.map(({ kind, href, title, comments }) => ({
            kind,
            url: `${deps.publicUrl}${href}`,
            title,
            comments,
          })),
        },
        { staleSeconds: 120 },
      );
    },
  );

  return app;
}
