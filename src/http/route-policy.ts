/**
 * Which action of the policy table (src/domain/policy.ts) every staff route needs: one list
 * for the newsroom pages and the API alike, checked before any handler runs. Routes for
 * readers and the public are listed as `public` so that a test can prove no route is missing.
 */
import type { MiddlewareHandler } from 'hono';
import { authorize } from '../commands/context.js';
import type { Action } from '../domain/policy.js';
import type { AppEnv } from './deps.js';
import { staffOf } from './middleware/staff-auth.js';

export type RouteRule = Action | 'public' | 'session';

/** `METHOD /path/:param` → the action it needs. */
export const ROUTE_POLICY: Record<string, RouteRule> = {
  // Articles
  'GET /api/v1/articles': 'article.read',
  'POST /api/v1/articles': 'article.create',
  'GET /api/v1/articles/:id': 'article.read',
  'PATCH /api/v1/articles/:id': 'article.update',
  'POST /api/v1/articles/:id/publish': 'article.publish',
  'POST /api/v1/articles/:id/unpublish': 'article.unpublish',
  'POST /api/v1/articles/:id/submit': 'article.update',
  'POST /api/v1/articles/:id/send-back': 'article.review',
  'GET /api/v1/articles/:id/notes': 'article.read',
  'GET /api/v1/articles/:id/pending': 'article.read',
  'POST /api/v1/articles/:id/pending/publish': 'article.publish',
  'DELETE /api/v1/articles/:id/pending': 'article.review',
  'GET /api/v1/articles/:id/revisions': 'article.read',
  'GET /api/v1/articles/:id/revisions/:number': 'article.read',
  'GET /api/v1/articles/:id/diff': 'article.read',
  'POST /api/v1/articles/:id/revisions/:number/restore': 'article.restore',
  'GET /api/v1/articles/:id/corrections': 'article.read',
  'POST /api/v1/articles/:id/corrections': 'article.correct',
  'POST /api/v1/articles/:id/translations': 'article.create',
  // Like "Translate": any author may ask; whose version it is, the edit step of the use case decides.
  'POST /api/v1/articles/:id/translations/:language/retranslate': 'article.create',
  // Media
  'GET /api/v1/media': 'media.read',
  'POST /api/v1/media': 'media.upload',
  'GET /api/v1/media/:id': 'media.read',
  'PATCH /api/v1/media/:id': 'media.update',
  // Front pages
  'GET /api/v1/front-pages/:language': 'frontpage.manage',
  'PUT /api/v1/front-pages/:language': 'frontpage.manage',
  // Taxonomy
  'GET /api/v1/sections': 'taxonomy.read',
  'POST /api/v1/sections': 'taxonomy.manage',
  'GET /api/v1/sections/:slug': 'taxonomy.read',
  'PATCH /api/v1/sections/:slug': 'taxonomy.manage',
  'GET /api/v1/topics': 'taxonomy.read',
  'POST /api/v1/topics': 'taxonomy.manage',
  'GET /api/v1/topics/:slug': 'taxonomy.read',
  'PATCH /api/v1/topics/:slug': 'taxonomy.manage',
  'GET /api/v1/authors': 'taxonomy.read',
  'POST /api/v1/authors': 'taxonomy.manage',
  'GET /api/v1/authors/:slug': 'taxonomy.read',
  'PATCH /api/v1/authors/:slug': 'taxonomy.manage',
  // Trust
  'GET /api/v1/error-reports': 'error_report.read',
  'GET /api/v1/error-reports/:id': 'error_report.read',
  'POST /api/v1/error-reports/:id/:outcome': 'error_report.handle',
  'GET /api/v1/settings/trust/:language': 'settings.manage',
  'PATCH /api/v1/settings/trust/:language': 'settings.manage',
  'GET /api/v1/corrections/translations': 'article.correct',
  'POST /api/v1/corrections/:id/not-needed': 'article.correct',
  // Moderation and debates
  'GET /api/v1/moderation/comments': 'comment.moderate',
  'GET /api/v1/comments/:id': 'comment.moderate',
  'POST /api/v1/comments/:id/approve': 'comment.moderate',
  'POST /api/v1/comments/:id/reject': 'comment.moderate',
  'POST /api/v1/comments/:id/feature': 'comment.moderate',
  'POST /api/v1/comments/bulk': 'comment.moderate',
  'POST /api/v1/readers/:id/ban': 'comment.moderate',
  'POST /api/v1/readers/:id/unban': 'comment.moderate',
  'POST /api/v1/debates': 'debate.create',
  'PUT /api/v1/articles/:id/comment-settings': 'comment.moderate',
  'GET /api/v1/moderation/words/:language': 'comment.moderate',
  'PUT /api/v1/moderation/words/:language': 'comment.moderate',
  'PUT /api/v1/moderation/settings': 'settings.manage',

  // Newsroom pages
  'GET /newsroom/login': 'public',
  'POST /newsroom/login': 'public',
  'GET /newsroom/interface-language': 'public',
  'POST /newsroom/logout': 'session',
  'GET /newsroom': 'article.read',
  'GET /newsroom/articles/new': 'article.create',
  'GET /newsroom/articles/:id': 'article.update',
  'GET /newsroom/articles/:id/translation': 'article.read',
  'POST /newsroom/articles/:id/review': 'article.update',
  'POST /newsroom/articles/:id/retranslate': 'article.update',
  'POST /newsroom/articles/:id/publish-version': 'article.publish',
  'POST /newsroom/articles/:id/translations': 'article.create',
  'GET /newsroom/translations': 'article.read',
  'GET /newsroom/articles/:id/preview': 'article.read',
  'GET /newsroom/articles/:id/history': 'article.read',
  'POST /newsroom/articles/:id/revisions/:number/restore': 'article.restore',
  'GET /newsroom/staff': 'staff.manage',
  'POST /newsroom/staff': 'staff.manage',
  'POST /newsroom/staff/:id': 'staff.manage',
  'GET /newsroom/media': 'media.read',
  'POST /newsroom/media': 'media.upload',
  'GET /newsroom/media/:id': 'media.read',
  'POST /newsroom/media/:id': 'media.update',
  'GET /newsroom/front-pages': 'frontpage.manage',
  'POST /newsroom/front-pages/pin': 'frontpage.manage',
  'POST /newsroom/front-pages/unpin': 'frontpage.manage',
  'POST /newsroom/front-pages/move': 'frontpage.manage',
  'POST /newsroom/front-pages/expiry': 'frontpage.manage',
  'GET /newsroom/error-reports': 'error_report.read',
  'GET /newsroom/error-reports/:id': 'error_report.read',
  'POST /newsroom/error-reports/:id': 'error_report.handle',
  'POST /newsroom/error-reports/:id/correction': 'article.correct',
  'GET /newsroom/articles/:id/correction': 'article.correct',
  'POST /newsroom/articles/:id/correction': 'article.correct',
  'GET /newsroom/corrections/translations': 'article.correct',
  'POST /newsroom/corrections/translations/:articleId': 'article.correct',
  'POST /newsroom/corrections/:id/not-needed': 'article.correct',
  'GET /newsroom/settings/trust': 'settings.manage',
  'POST /newsroom/settings/trust': 'settings.manage',
  'GET /newsroom/moderation': 'comment.moderate',
  'POST /newsroom/moderation/decide': 'comment.moderate',
  'GET /newsroom/moderation/comments/:id': 'comment.moderate',
  'POST /newsroom/moderation/comments/:id/reply': 'comment.moderate',
  'GET /newsroom/moderation/words': 'comment.moderate',
  'POST /newsroom/moderation/words': 'comment.moderate',
  'GET /newsroom/moderation/settings': 'settings.manage',
  'POST /newsroom/moderation/settings': 'settings.manage',
  'GET /newsroom/comments/settings': 'comment.moderate',
  'POST /newsroom/comments/settings': 'comment.moderate',
  'GET /newsroom/debates': 'debate.create',
  'POST /newsroom/debates': 'debate.create',
  'GET /newsroom/debates/:id': 'debate.create',
  'POST /newsroom/debates/:id': 'debate.create',
  'POST /newsroom/debates/:id/close': 'debate.create',

  // Readers and the public (no staff role involved)
  'GET /api/v1/openapi.json': 'public',
  'POST /api/v1/public/views': 'public',
  'GET /api/v1/public/popular': 'public',
  'GET /api/v1/public/most-discussed': 'public',
  'GET /api/v1/public/articles': 'public',
  'GET /api/v1/public/articles/:id': 'public',
  'POST /api/v1/articles/:id/error-reports': 'public',
  'POST /api/v1/readers': 'public',
  'POST /api/v1/readers/confirm': 'public',
  'POST /api/v1/readers/password-reset': 'public',
  'POST /api/v1/readers/password-reset/confirm': 'public',
  'PATCH /api/v1/readers/me': 'public',
  'DELETE /api/v1/readers/me': 'public',
  'GET /api/v1/session': 'public',
  'POST /api/v1/session': 'public',
  'DELETE /api/v1/session': 'public',
  'GET /api/v1/articles/:id/comments': 'public',
  'POST /api/v1/articles/:id/comments': 'public',
  'GET /api/v1/debates/:id/comments': 'public',
  'POST /api/v1/debates/:id/comments': 'public',
  'POST /api/v1/comments/:id/recommend': 'public',
  'POST /api/v1/comments/:id/report': 'public',
  'GET /api/v1/debates': 'public',
};

/** A route pattern as Hono registers it, without parameter constraints: `/x/:n{[0-9]+}` → `/x/:n`. */
export function patternOf(path: string): string {
  return path.replace(/\{[^}]*\}/g, '');
}

const COMPILED = Object.entries(ROUTE_POLICY).map(([key, rule]) => {
  const [method = '', path = ''] = key.split(' ');
  const regex = new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);
  return { method, regex, rule, literal: !path.includes(':') };
});

/** The rule for a request, literal paths before patterns (`/comments/bulk` before `/comments/:id`). */
export function ruleFor(method: string, path: string): RouteRule | undefined {
  const verb = method === 'HEAD' ? 'GET' : method;
  const matches = COMPILED.filter((entry) => entry.method === verb && entry.regex.test(path));
  return (matches.find((entry) => entry.literal) ?? matches[0])?.rule;
}

/** Refuses a staff route to roles the policy table does not allow, before its handler runs. */
export function enforceRoutePolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const rule = ruleFor(c.req.method, c.req.path);
    if (rule && rule !== 'public' && rule !== 'session') authorize(staffOf(c), rule);
    await next();
  };
}
