/**
 * The reader site's account and thread pages, mounted once by the app at the root. The
 * reader's session (middleware/reader-session.ts) is known on exactly these addresses, so
 * the cached pages of the rest of the site never look at it.
 * @example app.route('/', accountsRouter(deps));
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../deps.js';
import { readerSession } from '../../middleware/reader-session.js';
import { accountRoutes } from './account.js';
import { logInRoutes } from './login.js';
import { passwordResetRoutes } from './reset.js';
import { signUpRoutes } from './signup.js';
import { threadRoutes } from './threads.js';

/** Paths whose routes may ask for the reader's session. */
const SESSION_PATHS = [
  '/:lang{[a-z]{2}}/account',
  '/:lang{[a-z]{2}}/account/*',
  '/:lang{[a-z]{2}}/comments',
  '/:lang{[a-z]{2}}/comments/*',
  '/:lang{[a-z]{2}}/debates',
  '/:lang{[a-z]{2}}/debates/*',
] as const;

/** Sign-up, login, password reset, the account, and the threads. */
export function accountsRouter(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const session = readerSession(deps);
  for (const path of SESSION_PATHS) routes.use(path, session);
  routes.route('/', signUpRoutes(deps));
  routes.route('/', logInRoutes(deps));
  routes.route('/', passwordResetRoutes(deps));
  routes.route('/', accountRoutes(deps));
  routes.route('/', threadRoutes(deps));
  return routes;
}
