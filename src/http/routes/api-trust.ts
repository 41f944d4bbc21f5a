/**
 * Staff trust API (under /api/v1): error reports inbox, site settings.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function apiTrustRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
