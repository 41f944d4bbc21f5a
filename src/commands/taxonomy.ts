/**
 * Use cases for sections, topics and authors.
 */
import { DomainError, invalid } from '../domain/errors.js';
import type { Language, Localized } from '../domain/languages.js';
import { isEmail } from '../domain/staff.js';
import { type Author, isSlug, RESERVED_SECTION_SLUGS, type Section, type Topic } from '../domain/taxonomy.js';
import { isHttpUrl } from '../domain/trust.js';
import { findMedia } from '../storage/repos/media.js';
import {
  findAuthor,
  findSection,
  findTopic,
  upsertAuthor,
  upsertSection,
  upsertTopic,
} from '../storage/repos/taxonomy.js';
import { authorize, type CommandContext } from './context.js';

function checkSlug(slug: string): void {
  if (!isSlug(slug)) throw invalid('slug', 'A slug is lower-case letters a-z, digits and single hyphens');
}

function checkNames(name: Localized): void {
  if (Object.values(name).every((v) => !v?.trim()))
    throw invalid('name', 'A name in at least one language is required');
}

/** Creates a section; its slug must be free and not one the reader site reserves. */
export async function createSection(
  ctx: CommandContext,
  input: { slug: string; name: Localized; position?: number | undefined },
) {
  authorize(ctx.actor, 'taxonomy.manage');
  checkSlug(input.slug);
  if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(input.slug)) {
    throw invalid('slug', `The slug ${input.slug} is reserved for a page of the reader site`);
  }
  checkNames(input.name);
  if (await findSection(ctx.db, input.slug))
    throw new DomainError('conflict', `Section ${input.slug} exists`, 'slug');
  const section: Section = { slug: input.slug, name: input.name, position: input.position ?? 100 };
  await upsertSection(ctx.db, section);
  return section;
}

export async function updateSection(
  ctx: CommandContext,
  slug: string,
  input: { name?: Localized | undefined; position?: number | undefined },
) {
  authorize(ctx.actor, 'taxonomy.manage');
  const current = await findSection(ctx.db, slug);
  if (!current) throw new DomainError('not_found', `No section ${slug}`);
  const next: Section = {
    ...current,
    name: { ...current.name, ...input.name },
    position: input.position ?? current.position,
  };
  checkNames(next.name);
  await upsertSection(ctx.db, next);
  return next;
}

export async function createTopic(ctx: CommandContext, input: { slug: string; name: Localized }) {
  authorize(ctx.actor, 'taxonomy.manage');
  checkSlug(input.slug);
  checkNames(input.name);
  if (await findTopic(ctx.db, input.slug))
    throw new DomainError('conflict', `Topic ${input.slug} exists`, 'slug');
  const topic: Topic = { slug: input.slug, name: input.name };
  await upsertTopic(ctx.db, topic);
  return topic;
}

export async function updateTopic(
  ctx: CommandContext,
  slug: string,
  input: { name?: Localized | undefined },
) {
  authorize(ctx.actor, 'taxonomy.manage');
  const current = await findTopic(ctx.db, slug);
  if (!current) throw new DomainError('not_found', `No topic ${slug}`);
  const next: Topic = { ...current, name: { ...current.name, ...input.name } };
  checkNames(next.name);
  await upsertTopic(ctx.db, next);
  return next;
}

export interface AuthorInput {
  name?: Localized | undefined;
  role?: Localized | undefined;
  bio?: Localized | undefined;
  photoMediaId?: string | null | undefined;
  languages?: Language[] | undefined;
  expertise?: Partial<Record<Language, string[]>> | undefined;
  contactEmail?: string | null | undefined;
  contactUrl?: string | null | undefined;
}

/** The author page's contact and expertise fields, tidied and checked. */
function checkProfile(input: AuthorInput): Pick<AuthorInput, 'expertise' | 'contactEmail' | 'contactUrl'> {
  const email = input.contactEmail?.trim();
  if (email && !isEmail(email)) throw invalid('contactEmail', 'This is not an email address');
  const url = input.contactUrl?.trim();
  if (url && !isHttpUrl(url))
    throw invalid('contactUrl', 'The contact link must be an http or https address');
  const expertise = input.expertise
    ? Object.fromEntries(
        Object.entries(input.expertise).map(([language, areas]) => [
          language,
          (areas ?? []).map((area) => area.trim()).filter(Boolean),
        ]),
      )
    : undefined;
  return {
    expertise,
    contactEmail: input.contactEmail === undefined ? undefined : email || null,
    contactUrl: input.contactUrl === undefined ? undefined : url || null,
  };
}

async function checkPhoto(ctx: CommandContext, id: string | null | undefined): Promise<void> {
  if (id && !(await findMedia(ctx.db, id))) throw invalid('photoMediaId', `No media with id ${id}`);
}

export async function createAuthor(
  ctx: CommandContext,
  input: AuthorInput & { slug: string; name: Localized },
) {
  authorize(ctx.actor, 'taxonomy.manage');
  checkSlug(input.slug);
  checkNames(input.name);
  await checkPhoto(ctx, input.photoMediaId);
  const profile = checkProfile(input);
  if (await findAuthor(ctx.db, input.slug))
    throw new DomainError('conflict', `Author ${input.slug} exists`, 'slug');
  const author: Author = {
    slug: input.slug,
    name: input.name,
    role: input.role ?? {},
    bio: input.bio ?? {},
    photoMediaId: input.photoMediaId ?? null,
    languages: [...new Set(input.languages ?? [])],
    expertise: profile.expertise ?? {},
    contactEmail: profile.contactEmail ?? null,
    contactUrl: profile.contactUrl ?? null,
  };
  await upsertAuthor(ctx.db, author);
  return author;
}

export async function updateAuthor(ctx: CommandContext, slug: string, input: AuthorInput) {
  authorize(ctx.actor, 'taxonomy.manage');
  const current = await findAuthor(ctx.db, slug);
  if (!current) throw new DomainError('not_found', `No author ${slug}`);
  await checkPhoto(ctx, input.photoMediaId);
  const profile = checkProfile(input);
  const next: Author = {
    ...current,
    name: { ...current.name, ...input.name },
    role: { ...current.role, ...input.role },
    bio: { ...current.bio, ...input.bio },
    photoMediaId: input.photoMediaId === undefined ? current.photoMediaId : input.photoMediaId,
    languages: input.languages === undefined ? current.languages : [...new Set(input.languages)],
    expertise: { ...current.expertise, ...profile.expertise },
    contactEmail: profile.contactEmail === undefined ? current.contactEmail : profile.contactEmail,
    contactUrl: profile.contactUrl === undefined ? current.contactUrl : profile.contactUrl,
  };
  checkNames(next.name);
  await upsertAuthor(ctx.db, next);
  return next;
}
