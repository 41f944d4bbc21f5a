/**
 * The media library and the front-page curation of the newsroom (under /newsroom).
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function newsroomLibraryRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
