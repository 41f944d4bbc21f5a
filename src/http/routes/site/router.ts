/**
 * What every browser fetches beside the pages, whoever reads them: media renditions, the
 * brand's logo and icons, the browser islands, the reports of Content-Security-Policy
 * violations, and what operators ask (liveness, readiness, metrics). Mounted once by the app, at the root.
 * @example app.route('/', siteRouter(deps, clientAssets, brandFiles));
 */
import { Hono } from 'hono';
import type { BrandFiles } from '../../brand-files.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { assetRoutes } from './assets.js';
import { brandAssetRoutes, siteIconRoutes } from './brand-assets.js';
import { cspReportRoutes } from './csp-report.js';
import { mediaFileRoutes } from './media-files.js';
import { operationsRoutes } from './operations.js';

/** /livez, /readyz, /metrics, /csp-report, /media/…, /assets/… and the icons at the root (/favicon.ico, manifests). */
export function siteRouter(deps: AppDeps, assets: ClientAssets, brand: BrandFiles) {
  const routes = new Hono<AppEnv>();
  routes.route('/', operationsRoutes(deps));
  routes.route('/', cspReportRoutes(deps));
  routes.route('/media', mediaFileRoutes(deps));
  routes.route('/assets', brandAssetRoutes(brand));
  routes.route('/', siteIconRoutes(brand));
  routes.route('/assets', assetRoutes(assets));
  return routes;
}
