/**
 * Schemas for sections, topics and authors.
 */
import { z } from 'zod';
import { LocalizedSchema, SlugSchema } from './common.js';

const Position = z.number().int().min(0).max(10_000);

export const SectionCreateSchema = z
  .strictObject({ slug: SlugSchema, name: LocalizedSchema, position: Position.optional() })
  .meta({ id: 'SectionCreate' });
export const SectionPatchSchema = z
  .strictObject({ name: LocalizedSchema.optional(), position: Position.optional() })
  .meta({ id: 'SectionPatch' });
export const SectionSchema = z
  .object({ slug: z.string(), name: LocalizedSchema, position: z.number() })
  .meta({ id: 'Section' });

export const TopicCreateSchema = z
  .strictObject({ slug: SlugSchema, name: LocalizedSchema })
  .meta({ id: 'TopicCreate' });
export const TopicPatchSchema = z
  .strictObject({ name: LocalizedSchema.optional() })
  .meta({ id: 'TopicPatch' });
export const TopicSchema = z.object({ slug: z.string(), name: LocalizedSchema }).meta({ id: 'Topic' });

const authorFields = {
  role: LocalizedSchema.optional(),
  bio: LocalizedSchema.optional(),
  photoMediaId: z.string().min(1).max(64).nullable().optional(),
};
export const AuthorCreateSchema = z
  .strictObject({ slug: SlugSchema, name: LocalizedSchema, ...authorFields })
  .meta({ id: 'AuthorCreate' });
export const AuthorPatchSchema = z
  .strictObject({ name: LocalizedSchema.optional(), ...authorFields })
  .meta({ id: 'AuthorPatch' });
export const AuthorSchema = z
  .object({
    slug: z.string(),
    name: LocalizedSchema,
    role: LocalizedSchema,
    bio: LocalizedSchema,
    photoMediaId: z.string().nullable(),
  })
  .meta({ id: 'Author' });
