/**
 * The newsroom's own pages: login, logout and the dashboard (under /newsroom).
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function newsroomRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
