/**
 * The newsroom's error-report inbox, transparency settings and translations lacking corrections (under /newsroom).
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function newsroomTrustRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
