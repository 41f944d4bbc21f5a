/**
 * Schemas for sections, topics and authors.
 */
import { z } from 'zod';
import { LanguageSchema, LocalizedSchema, SlugSchema } from './common.js';

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
  languages: z.array(LanguageSchema).max(10).optional(),
  expertise: z
    .partialRecord(LanguageSchema, z.array(z.string().trim().min(1).max(120)).max(20))
    .optional()
    .meta({ description: 'Areas of expertise per language', example: { en: ['Parliament', 'Elections'] } }),
  contactEmail: z.string().trim().max(254).nullable().optional(),
  contactUrl: z.string().trim().max(500).nullable().optional(),
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
    languages: z.array(LanguageSchema),
    expertise: z.partialRecord(LanguageSchema, z.array(z.string())),
    contactEmail: z.string().nullable(),
    contactUrl: z.string().nullable(),
  })
  .meta({ id: 'Author' });

export const SectionListSchema = z.object({ items: z.array(SectionSchema) }).meta({ id: 'SectionList' });
export const TopicListSchema = z.object({ items: z.array(TopicSchema) }).meta({ id: 'TopicList' });
export const AuthorListSchema = z.object({ items: z.array(AuthorSchema) }).meta({ id: 'AuthorList' });
