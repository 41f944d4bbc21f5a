/**
 * Staff readers API (under /api/v1): moderation and debates.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function apiReadersRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
