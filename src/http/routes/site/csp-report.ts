/**
 * POST /csp-report: where browsers report what the Content-Security-Policy blocked
 * (src/http/security-headers.ts). Each violation becomes one warn line in the log, with the
 * directive and the blocked address. Small bodies only, limited per address and overall in
 * memory (a flood costs log lines, nothing else); answered 204, or a JSON error.
 * @example curl -X POST -H 'content-type: application/csp-report' -d '{"csp-report":{...}}' /csp-report
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { windowLimiter } from '../../../lib/window-limiter.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { errorBody } from '../../errors.js';
import { violationsOf } from '../../schemas/csp-report.js';
import { CSP_REPORT_PATH } from '../../security-headers.js';

/** The most a report body may weigh (a browser's batch of a few reports is far less). */
export const CSP_REPORT_MAX_BYTES = 32 * 1024;
/** Reports taken per address and in all, per minute. */
export const CSP_REPORT_LIMITS = { perKey: 20, overall: 200, windowMs: 60_000 } as const;

const TYPES = /^\s*application\/(csp-report|reports\+json|json)\s*(;|$)/i;

export function cspReportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const limiter = windowLimiter(CSP_REPORT_LIMITS);
  const refuse = (c: Context<AppEnv>, status: 400 | 413 | 415 | 429, code: string, message: string) =>
    c.json(errorBody(code, message), status, { 'cache-control': 'no-store' });

  app.post(
    CSP_REPORT_PATH,
    async (c, next) => {
      if (limiter.hit(clientAddress(c), deps.clock().getTime())) return next();
      return c.json(errorBody('rate_limited', 'Too many reports; try again in a minute'), 429, {
        'retry-after': '60',
        'cache-control': 'no-store',
      });
    },
    bodyLimit({
      maxSize: CSP_REPORT_MAX_BYTES,
      onError: (c) =>
        refuse(c, 413, 'payload_too_large', `A report body is at most ${CSP_REPORT_MAX_BYTES} bytes`),
    }),
    async (c) => {
      if (!TYPES.test(c.req.header('content-type') ?? '')) {
        return refuse(
          c,
          415,
          'unsupported_media_type',
          'Send application/csp-report or application/reports+json',
        );
      }
      let value: unknown;
      try {
        value = JSON.parse(await c.req.text());
      } catch {
        return refuse(c, 400, 'validation_failed', 'The report is not valid JSON');
      }
      const violations = violationsOf(value);
      if (!violations) return refuse(c, 400, 'validation_failed', 'The body is not a violation report');
      for (const violation of violations)
        deps.log.warn('content security policy violation', { ...violation });
      return c.body(null, 204, { 'cache-control': 'no-store' });
    },
  );
  return app;
}
