/**
 * The definitions of the staff trust API under /api/v1 (error reports, transparency settings,
 * corrections across translations): what each route takes and answers.
 * src/http/routes/api/trust.ts registers its handlers with them; the OpenAPI document is
 * built from them.
 *
 * @example
 * defineRoute(routes, TRUST_ROUTES.getErrorReport, async (c) => c.json(await report(c)));
 */
import { route } from '../api-route.js';
import { LANGUAGE_PARAM as languageDoc } from './common.js';
import {
  CorrectionNotNeededSchema,
  ErrorReportDecidedSchema,
  ErrorReportDecisionSchema,
  ErrorReportListQuerySchema,
  ErrorReportListSchema,
  ErrorReportSchema,
  LackingCorrectionListSchema,
  LanguageQuerySchema,
  TrustSettingsPatchSchema,
  TrustSettingsSchema,
} from './trust.js';

export const TRUST_ROUTES = {
  listErrorReports: route({
    method: 'get',
    path: '/error-reports',
    operationId: 'listErrorReports',
    summary: 'The error-report inbox, newest first (editors)',
    tags: ['error reports'],
    auth: 'staff',
    query: ErrorReportListQuerySchema,
    responses: { 200: { description: 'A page of reports', schema: ErrorReportListSchema } },
    errors: [400, 401, 403],
  }),
  getErrorReport: route({
    method: 'get',
    path: '/error-reports/:id',
    operationId: 'getErrorReport',
    summary: 'One error report with its article',
    tags: ['error reports'],
    auth: 'staff',
    responses: { 200: { description: 'The report', schema: ErrorReportSchema } },
    errors: [401, 403, 404],
  }),
  decideErrorReport: route({
    method: 'post',
    path: '/error-reports/:id/:outcome{accept|reject|duplicate}',
    operationId: 'decideErrorReport',
    summary:
      'Mark a report accepted, rejected or a duplicate (editors); the reporter who left an email hears the outcome',
    tags: ['error reports'],
    auth: 'staff',
    body: { schema: ErrorReportDecisionSchema, kind: 'optional-json' },
    responses: { 200: { description: 'The report', schema: ErrorReportDecidedSchema } },
    errors: [400, 401, 403, 404, 409, 415],
  }),
  getTrustSettings: route({
    method: 'get',
    path: '/settings/trust/:language',
    operationId: 'getTrustSettings',
    summary: 'The transparency texts of a language (admins)',
    tags: ['settings'],
    auth: 'staff',
    params: { language: languageDoc },
    responses: { 200: { description: 'The texts', schema: TrustSettingsSchema } },
    errors: [401, 403, 404],
  }),
  updateTrustSettings: route({
    method: 'patch',
    path: '/settings/trust/:language',
    operationId: 'updateTrustSettings',
    summary: 'Change transparency texts of a language (admins); null removes one',
    tags: ['settings'],
    auth: 'staff',
    params: { language: languageDoc },
    body: { schema: TrustSettingsPatchSchema, kind: 'json' },
    responses: { 200: { description: 'The texts', schema: TrustSettingsSchema } },
    errors: [400, 401, 403, 404, 415],
  }),
  listLackingCorrections: route({
    method: 'get',
    path: '/corrections/translations',
    operationId: 'listLackingCorrections',
    summary: 'Translations that have not yet received a correction made in another language',
    tags: ['articles'],
    auth: 'staff',
    query: LanguageQuerySchema,
    responses: { 200: { description: 'The translations', schema: LackingCorrectionListSchema } },
    errors: [400, 401, 403],
  }),
  markCorrectionNotNeeded: route({
    method: 'post',
    path: '/corrections/:id/not-needed',
    operationId: 'markCorrectionNotNeeded',
    summary: 'Mark a correction as not needed in one translation',
    tags: ['articles'],
    auth: 'staff',
    body: { schema: CorrectionNotNeededSchema, kind: 'json' },
    responses: { 204: { description: 'Done' } },
    errors: [400, 401, 403, 404, 415],
  }),
};
