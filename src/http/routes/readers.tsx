/**
 * Reader-site pages of reader accounts and debates: sign-up, confirm, log in, /{lang}/debates.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../deps.js';

export function readerAccountRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
