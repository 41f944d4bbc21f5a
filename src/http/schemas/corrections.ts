/**
 * Schemas of corrections.
 */
import { z } from 'zod';
import { CORRECTION_KINDS, MAX_CORRECTION_LENGTH } from '../../domain/corrections.js';

export const CorrectionCreateSchema = z
  .strictObject({ kind: z.enum(CORRECTION_KINDS), text: z.string().min(1).max(MAX_CORRECTION_LENGTH) })
  .meta({ id: 'CorrectionCreate' });

export const CorrectionSchema = z
  .object({ id: z.string(), kind: z.enum(CORRECTION_KINDS), text: z.string(), createdAt: z.string() })
  .meta({ id: 'Correction' });

export const CorrectionListSchema = z
  .object({ items: z.array(CorrectionSchema) })
  .meta({ id: 'CorrectionList' });
