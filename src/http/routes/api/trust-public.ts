/**
 * Public trust API (under /api/v1): readers' error reports. No account needed; limited per
 * address and for all readers together (429 with Retry-After).
 */
import { Hono } from 'hono';
import { reportError } from '../../../commands/error-reports.js';
import { DomainError } from '../../../domain/errors.js';
import { defineRoute } from '../../api-route.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { ErrorReportCreateSchema, ErrorReportReceiptSchema } from '../../schemas/trust.js';

export function apiTrustPublicRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  defineRoute(
    routes,
    {
      method: 'post',
      path: '/articles/:id/error-reports',
      operationId: 'reportError',
      summary: 'Report a factual error in a published article (readers; no token, rate-limited)',
      tags: ['error reports'],
      auth: 'public',
      body: { schema: ErrorReportCreateSchema, kind: 'json' },
      responses: { 201: { description: 'Received', schema: ErrorReportReceiptSchema } },
      errors: [400, 404, 415, 429],
    },
    async (c, body) => {
      c.header('Cache-Control', 'no-store');
      const input = await body.body();
      const report = await reportError(
        { db: deps.store.db, now: deps.clock() },
        { ...input, articleId: c.req.param('id'), address: clientAddress(c) },
      );
      if (!report) throw new DomainError('validation_failed', 'The report was not accepted');
      return c.json(
        {
          id: report.id,
          status: report.status,
          articleId: report.articleId,
          articleVersion: report.articleVersion,
          createdAt: report.createdAt,
        },
        201,
      );
    },
  );

  return routes;
}
