/**
 * Every newsroom page under /newsroom, mounted once by the app: login and the interface
 * language are open; everything after the session check needs a live staff session (and the
 * CSRF token on state-changing requests) and passes the route policy.
 * @example app.route('/newsroom', newsroomRouter(deps, uploads, clientAssets));
 */
import { Hono } from 'hono';
import type { Gate } from '../../../lib/gate.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { requireNewsroomSession } from '../../middleware/staff-auth.js';
import { enforceRoutePolicy } from '../../route-policy.js';
import { newsroomCorrectionRoutes } from './corrections.js';
import { dashboardRoutes } from './dashboard.js';
import { newsroomDebateRoutes } from './debates.js';
import { newsroomEditorRoutes } from './editor.js';
import { historyRoutes } from './history.js';
import { newsroomLibraryRoutes } from './library.js';
import { newsroomModerationRoutes } from './moderation.js';
import { newsroomModerationSettingsRoutes } from './moderation-settings.js';
import { newsroomLoginRoutes, newsroomLogoutRoutes } from './newsroom.js';
import { staffAdminRoutes } from './staff.js';
import { newsroomTranslationRoutes } from './translations.js';
import { newsroomTrustRoutes } from './trust.js';

/** The newsroom; `uploads` is the app's one upload gate (shared with the staff API). */
export function newsroomRouter(deps: AppDeps, uploads: Gate, assets: ClientAssets) {
  const routes = new Hono<AppEnv>();
  routes.route('/', newsroomLoginRoutes(deps));
  // Forms are read whole to find their CSRF field; the app's body limits bound them first.
  routes.use('*', requireNewsroomSession(deps));
  routes.use('*', enforceRoutePolicy());
  routes.route('/', newsroomLogoutRoutes(deps));
  routes.route('/', dashboardRoutes(deps));
  routes.route('/', historyRoutes(deps));
  routes.route('/', staffAdminRoutes(deps));
  routes.route('/', newsroomTranslationRoutes(deps));
  routes.route('/', newsroomEditorRoutes(deps, assets));
  routes.route('/', newsroomLibraryRoutes(deps, uploads, assets));
  routes.route('/', newsroomTrustRoutes(deps));
  routes.route('/', newsroomCorrectionRoutes(deps));
  routes.route('/', newsroomModerationRoutes(deps, assets));
  routes.route('/', newsroomDebateRoutes(deps));
  routes.route('/', newsroomModerationSettingsRoutes(deps));
  return routes;
}
