/**
 * The reader site's pages: search, the trust pages, and the front pages, sections, topics,
 * authors and articles (last: their `/:lang/:section` patterns are the widest). Mounted once
 * by the app, at the root, after the account pages and the feeds.
 * @example app.route('/', readerRouter(deps, clientAssets)); app.notFound(readerNotFound(deps));
 */
import { Hono } from 'hono';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { readerRoutes } from './reader.js';
import { searchRoutes } from './search.js';
import { trustRoutes } from './trust.js';

/** Every reader page that is not about accounts, threads or feeds. */
export function readerRouter(deps: AppDeps, assets: ClientAssets) {
  const routes = new Hono<AppEnv>();
  routes.route('/', searchRoutes(deps));
  routes.route('/', trustRoutes(deps));
  routes.route('/', readerRoutes(deps, assets));
  return routes;
}
