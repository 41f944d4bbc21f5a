/**
 * Schemas of trust: readers' error reports, the desk's decisions, the transparency settings
 * and the translations still lacking a correction.
 */
import { z } from 'zod';
import {
  MAX_REPORT_NOTE,
  MAX_REPORT_SOURCE,
  MAX_REPORT_TEXT,
  REPORT_OUTCOMES,
  REPORT_STATUSES,
} from '../../domain/error-reports.js';
import { MAX_TRUST_TEXT, TRUST_FIELDS, type TrustField } from '../../domain/trust.js';
import { LanguageSchema } from './common.js';

export const ErrorReportCreateSchema = z
  .strictObject({
    text: z.string().max(MAX_REPORT_TEXT).meta({ description: 'What is wrong' }),
    source: z
      .string()
      .max(MAX_REPORT_SOURCE)
      .nullable()
      .optional()
      .meta({ description: 'Where to check it' }),
    email: z.string().max(254).nullable().optional().meta({ description: 'For the answer; optional' }),
  })
  .meta({ id: 'ErrorReportCreate' });

export const ErrorReportReceiptSchema = z
  .object({
    id: z.string(),
    status: z.enum(REPORT_STATUSES),
    articleId: z.string(),
    articleVersion: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'ErrorReportReceipt' });

export const ErrorReportSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    language: LanguageSchema,
    articleVersion: z.number().int().meta({ description: 'The version the reader saw' }),
    revisionNumber: z.number().int().nullable().meta({ description: 'Its revision in the history' }),
    text: z.string(),
    source: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(REPORT_STATUSES),
    note: z.string().nullable(),
    createdAt: z.string(),
    handledAt: z.string().nullable(),
    handledBy: z.string().nullable(),
    notifiedAt: z.string().nullable(),
    article: z
      .object({ headline: z.string(), url: z.string().nullable(), currentVersion: z.number().int() })
      .optional(),
  })
  .meta({ id: 'ErrorReport' });

export const ErrorReportListQuerySchema = z.strictObject({
  language: LanguageSchema.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ErrorReportDecisionSchema = z
  .strictObject({ note: z.string().max(MAX_REPORT_NOTE).nullable().optional() })
  .meta({ id: 'ErrorReportDecision' });

export const ReportOutcomeSchema = z.enum(REPORT_OUTCOMES);
const settingFields = Object.fromEntries(
  TRUST_FIELDS.map((field) => [field, z.string().max(MAX_TRUST_TEXT).nullable().optional()]),
) as Record<TrustField, z.ZodOptional<z.ZodNullable<z.ZodString>>>;

export const TrustSettingsPatchSchema = z.strictObject(settingFields).meta({
  id: 'TrustSettingsPatch',
  description: 'Texts of one language; null or an empty text removes a field',
});

export const TrustSettingsSchema = z
  .object({
    language: LanguageSchema,
    settings: z.partialRecord(z.enum(TRUST_FIELDS), z.string()),
    publicUrl: z.string(),
  })
  .meta({ id: 'TrustSettings' });

export const CorrectionNotNeededSchema = z
  .strictObject({ articleId: z.string().min(1).max(64) })
  .meta({ id: 'CorrectionNotNeeded' });

export const LanguageQuerySchema = z.strictObject({ language: LanguageSchema.optional() });

/** The trust paths of the OpenAPI document (the schemas above are its components). */
export function trustOpenApiPaths() {
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const json = (id: string) => ({ content: { 'application/json': { schema: ref(id) } } });
  const errors = (...statuses: number[]) =>
    Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...json('Error') }]));
  const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  const query = (name: string, schema: object) => ({ name, in: 'query', required: false, schema });
  const decision = (outcome: string) => ({
    parameters: [path('id')],
    post: {
      tags: ['error reports'],
      summary: `Mark a report ${outcome} (editors); the reporter who left an email hears the outcome`,
      requestBody: { required: false, ...json('ErrorReportDecision') },
      responses: { 200: { description: 'OK', ...json('ErrorReport') }, ...errors(400, 401, 403, 404, 409) },
    },
  });
  return {
    '/api/v1/articles/{id}/error-reports': {
      parameters: [path('id')],
      post: {
        tags: ['error reports'],
        summary: 'Report a factual error in a published article (readers; no token, rate-limited)',
        security: [],
        requestBody: { required: true, ...json('ErrorReportCreate') },
        responses: {
          201: { description: 'Created', ...json('ErrorReportReceipt') },
          ...errors(400, 404, 415, 429),
        },
      },
    },
    '/api/v1/error-reports': {
      get: {
        tags: ['error reports'],
        summary: 'The error-report inbox, newest first (editors)',
        parameters: [
          query('language', { type: 'string' }),
          query('status', { type: 'string', enum: [...REPORT_STATUSES] }),
          query('limit', { type: 'integer', minimum: 1, maximum: 100 }),
          query('offset', { type: 'integer', minimum: 0 }),
        ],
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403) },
      },
    },
    '/api/v1/error-reports/{id}': {
      parameters: [path('id')],
      get: {
        tags: ['error reports'],
        responses: { 200: { description: 'OK', ...json('ErrorReport') }, ...errors(401, 403, 404) },
      },
    },
    '/api/v1/error-reports/{id}/accept': decision('accepted'),
    '/api/v1/error-reports/{id}/reject': decision('rejected'),
    '/api/v1/error-reports/{id}/duplicate': decision('a duplicate'),
    '/api/v1/settings/trust/{language}': {
      parameters: [path('language')],
      get: {
        tags: ['settings'],
        summary: 'The transparency texts of a language (admins)',
        responses: { 200: { description: 'OK', ...json('TrustSettings') }, ...errors(401, 403, 404) },
      },
      patch: {
        tags: ['settings'],
        summary: 'Change transparency texts of a language (admins); null removes one',
        requestBody: { required: true, ...json('TrustSettingsPatch') },
        responses: { 200: { description: 'OK', ...json('TrustSettings') }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/corrections/translations': {
      get: {
        tags: ['articles'],
        summary: 'Translations that have not yet received a correction made in another language',
        parameters: [query('language', { type: 'string' })],
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403) },
      },
    },
    '/api/v1/corrections/{id}/not-needed': {
      parameters: [path('id')],
      post: {
        tags: ['articles'],
        summary: 'Mark a correction as not needed in one translation',
        requestBody: { required: true, ...json('CorrectionNotNeeded') },
        responses: { 204: { description: 'Done' }, ...errors(400, 401, 403, 404) },
      },
    },
  };
}
