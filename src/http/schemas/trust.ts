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

export const ErrorReportListSchema = z
  .object({ items: z.array(ErrorReportSchema), total: z.number(), limit: z.number(), offset: z.number() })
  .meta({ id: 'ErrorReportList' });

export const ErrorReportDecidedSchema = z
  .object({
    ...ErrorReportSchema.shape,
    mailed: z
      .boolean()
      .nullable()
      .meta({ description: 'Whether the reporter was mailed the outcome; null: nobody to tell' }),
  })
  .meta({ id: 'ErrorReportDecided' });

const ArticleLink = z.object({
  id: z.string(),
  language: LanguageSchema,
  headline: z.string(),
  url: z.string(),
});

export const LackingCorrectionListSchema = z
  .object({
    items: z.array(
      z.object({
        correction: z.object({ id: z.string(), kind: z.string(), text: z.string(), createdAt: z.string() }),
        source: ArticleLink.nullable().meta({ description: 'The article the correction was made on' }),
        translation: ArticleLink,
      }),
    ),
  })
  .meta({ id: 'LackingCorrectionList' });
