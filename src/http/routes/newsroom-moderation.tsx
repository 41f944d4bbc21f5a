/**
 * The newsroom's moderation queue and debates (under /newsroom).
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function newsroomModerationRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
