/**
 * Reader-site pages of trust: /{lang}/about/trust and the report-an-error form.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function trustRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
