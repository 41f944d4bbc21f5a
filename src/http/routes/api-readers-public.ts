/**
 * Public readers API (under /api/v1): reader accounts, session, comments, debates, rankings.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function apiReadersPublicRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
