/**
 * The HTTP API under /api/v1, mounted once by the app: the public read API and the readers'
 * calls first (each route checks its own caller), then the staff API behind the token or
 * newsroom session and the route policy. Every route is declared with `defineRoute`, so the
 * OpenAPI document (src/http/openapi.ts) describes exactly these.
 * @example app.route('/api/v1', apiRouter(deps, uploads));
 */
import { Hono } from 'hono';
import type { Gate } from '../../../lib/gate.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { requireStaff } from '../../middleware/staff-auth.js';
import { enforceRoutePolicy } from '../../route-policy.js';
import { apiArticleRoutes } from './articles.js';
import { apiFrontPageRoutes } from './front-pages.js';
import { apiMediaRoutes } from './media.js';
import { apiPublicRoutes } from './public.js';
import { apiRankingsRoutes } from './rankings.js';
import { apiReadersRoutes } from './readers.js';
import { apiReadersPublicRoutes } from './readers-public.js';
import { apiTaxonomyRoutes } from './taxonomy.js';
import { apiTranslationRoutes } from './translations.js';
import { apiTrustRoutes } from './trust.js';
import { apiTrustPublicRoutes } from './trust-public.js';

/** Every /api/v1 route; `uploads` is the app's one upload gate (shared with the newsroom). */
export function apiRouter(deps: AppDeps, uploads: Gate) {
  const routes = new Hono<AppEnv>();
  // Public before staff: the staff routes' authentication covers everything under /api/v1 they match.
  routes.route('/public', apiRankingsRoutes(deps));
  routes.route('/public', apiPublicRoutes(deps));
  // Calls readers make (error reports, accounts, comments); each route checks its own caller.
  routes.route('/', apiTrustPublicRoutes(deps));
  routes.route('/', apiReadersPublicRoutes(deps));

  const staff = new Hono<AppEnv>();
  staff.use('*', requireStaff(deps));
  staff.use('*', enforceRoutePolicy());
  staff.route('/articles', apiArticleRoutes(deps));
  staff.route('/articles', apiTranslationRoutes(deps));
  staff.route('/media', apiMediaRoutes(deps, uploads));
  staff.route('/front-pages', apiFrontPageRoutes(deps));
  staff.route('/', apiTaxonomyRoutes(deps));
  staff.route('/', apiTrustRoutes(deps));
  staff.route('/', apiReadersRoutes(deps));
  routes.route('/', staff);
  return routes;
}
