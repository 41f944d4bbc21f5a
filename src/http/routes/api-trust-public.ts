/**
 * Public trust API (under /api/v1): readers' error reports.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function apiTrustPublicRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
