/**
 * The article editor of the newsroom: new article, edit, preview (under /newsroom).
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function newsroomEditorRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
