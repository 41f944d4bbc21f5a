/**
 * Sections, topics and authors: named per language, addressed by slug.
 */
import type { Language, Localized } from './languages.js';

export interface Section {
  slug: string;
  name: Localized;
  position: number;
}

export interface Topic {
  slug: string;
  name: Localized;
}

export interface Author {
  slug: string;
  name: Localized;
  role: Localized;
  bio: Localized;
  photoMediaId: string | null;
  /** Languages the author works in. */
  languages: Language[];
  /** Areas of expertise, a list per language. */
  expertise: Partial<Record<Language, string[]>>;
  /** Where readers can reach the author; both optional. */
  contactEmail: string | null;
  contactUrl: string | null;
}

/** The sections every new site starts with. */
export const DEFAULT_SECTIONS = ['politics', 'business', 'society', 'culture', 'science'] as const;

/**
 * Slugs that cannot name a section because the reader site uses them as paths under `/{lang}/`.
 */
export const RESERVED_SECTION_SLUGS = [
  'search',
  'debates',
  'corrections',
  'about',
  'authors',
  'topics',
  'feed.xml',
  'atom.xml',
  'page',
] as const;

/** A slug: lower-case ASCII letters, digits and single hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 80;
}
