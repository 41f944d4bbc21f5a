/**
 * Revisions: what an article looked like after each save, and readable differences between
 * two of them. A snapshot holds what an editor can change, not the bookkeeping times.
 * @example diffSnapshots(older, newer) // [{ field: 'headline', parts: [{ value: 'Old', removed: true }, ...] }]
 */
import { diffWords } from 'diff';
import { z } from 'zod';
import {
  ARTICLE_STATUSES,
  ARTICLE_TYPES,
  type Article,
  type ArticleStatus,
  type ArticleType,
  type Hero,
} from './article.js';
import { type BodyDoc, BodySchema, type InlineNode } from './body.js';
import { type BodyWalker, walkBody } from './body-walk.js';

export const REVISION_KINDS = [
  'created',
  'saved',
  'submitted',
  'sent_back',
  'scheduled',
  'published',
  'unpublished',
  'pending',
  'restored',
] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface Snapshot {
  type: ArticleType;
  status: ArticleStatus;
  headline: string;
  lead: string;
  kicker: string | null;
  dateline: string | null;
  body: BodyDoc;
  hero: Hero | null;
  sectionSlug: string | null;
  authors: string[];
  topics: string[];
  source: string | null;
  publishAt: string | null;
  /** For a restore: the number of the revision brought back. */
  restoredFrom?: number | undefined;
}

/** How a stored snapshot is read back (and checked). */
export const SnapshotSchema: z.ZodType<Snapshot> = z.object({
  type: z.enum(ARTICLE_TYPES),
  status: z.enum(ARTICLE_STATUSES),
  headline: z.string(),
  lead: z.string(),
  kicker: z.string().nullable(),
  dateline: z.string().nullable(),
  body: BodySchema as z.ZodType<BodyDoc>,
  hero: z
    .object({
      mediaId: z.string(),
      alt: z.string(),
      caption: z.string().nullable(),
      credit: z.string().nullable(),
    })
    .nullable(),
  sectionSlug: z.string().nullable(),
  authors: z.array(z.string()),
  topics: z.array(z.string()),
  source: z.string().nullable(),
  publishAt: z.string().nullable(),
  restoredFrom: z.number().int().optional(),
});

export interface Revision {
  id: string;
  articleId: string;
  number: number;
  kind: RevisionKind;
  snapshot: Snapshot;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
}

export function snapshotOf(article: Article): Snapshot {
  return {
    type: article.type,
    status: article.status,
    headline: article.headline,
    lead: article.lead,
    kicker: article.kicker,
    dateline: article.dateline,
    body: article.body,
    hero: article.hero,
    sectionSlug: article.sectionSlug,
    authors: article.authors,
    topics: article.topics,
    source: article.source,
    publishAt: article.publishAt,
  };
}

/** The editable content of a snapshot laid over an article (status and times stay). */
export function withContentOf(article: Article, snapshot: Snapshot): Article {
  return {
    ...article,
    type: snapshot.type,
    headline: snapshot.headline,
    lead: snapshot.lead,
    kicker: snapshot.kicker,
    dateline: snapshot.dateline,
    body: snapshot.body,
    hero: snapshot.hero,
    sectionSlug: snapshot.sectionSlug,
    authors: snapshot.authors,
    topics: snapshot.topics,
    source: snapshot.source,
  };
}

/** Inline text as a diff shows it: a link's address after its text. */
function diffInline(nodes: InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hard_break') return '\n';
      const link = node.marks?.find((m) => m.type === 'link');
      return link && link.type === 'link' ? `${node.text} <${link.attrs.href}>` : node.text;
    })
    .join('');
}

const prefixed = (prefix: string, lines: readonly string[][]): string[] =>
  lines.flatMap((inner) => inner.map((line) => prefix + line));

/** Each block as lines; a quote's and a list's lines start with their marks ("> ", "• ", "2. "). */
export const DIFF_LINES: BodyWalker<string[]> = {
  paragraph: (node) => [diffInline(node.content)],
  heading: (node) => [`${'#'.repeat(node.attrs.level)} ${diffInline(node.content)}`],
  blockquote: (_node, paragraphs) => prefixed('> ', paragraphs),
  bullet_list: (_node, items) => items.flatMap((children) => prefixed('• ', children)),
  ordered_list: (_node, items) => items.flatMap((children, index) => prefixed(`${index + 1}. `, children)),
  image: ({ attrs }) => [
    `[image ${attrs.mediaId}: ${attrs.alt}${attrs.caption ? ` | ${attrs.caption}` : ''}${attrs.credit ? ` | ${attrs.credit}` : ''}]`,
  ],
  embed: (node) => [`[embed ${node.attrs.url}]`],
  related: (node) => [`[more ${node.attrs.articleId}]`],
};

/** The body as readable text, one block per line, for showing differences. */
export function bodyAsText(body: BodyDoc): string {
  return walkBody(body, DIFF_LINES).flat().join('\n');
}

function heroText(hero: Hero | null): string {
  return hero
    ? `${hero.mediaId}: ${hero.alt}${hero.caption ? ` | ${hero.caption}` : ''}${hero.credit ? ` | ${hero.credit}` : ''}`
    : '';
}

export const DIFF_FIELDS = [
  'headline',
  'lead',
  'body',
  'type',
  'status',
  'section',
  'kicker',
  'dateline',
  'hero',
  'authors',
  'topics',
  'source',
  'publishAt',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

function fieldText(snapshot: Snapshot, field: DiffField): string {
  switch (field) {
    case 'body':
      return bodyAsText(snapshot.body);
    case 'section':
      return snapshot.sectionSlug ?? '';
    case 'hero':
      return heroText(snapshot.hero);
    case 'authors':
      return snapshot.authors.join(', ');
    case 'topics':
      return snapshot.topics.join(', ');
    default:
      return snapshot[field] ?? '';
  }
}

export interface DiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export interface FieldDiff {
  field: DiffField;
  parts: DiffPart[];
}

/** The fields that differ between two snapshots, each as word-level parts. */
export function diffSnapshots(from: Snapshot, to: Snapshot): FieldDiff[] {
  const changes: FieldDiff[] = [];
  for (const field of DIFF_FIELDS) {
    const before = fieldText(from, field);
    const after = fieldText(to, field);
    if (before === after) continue;
    changes.push({
      field,
      parts: diffWords(before, after).map((part) => ({
        value: part.value,
        ...(part.added ? { added: true as const } : {}),
        ...(part.removed ? { removed: true as const } : {}),
      })),
    });
  }
  return changes;
}
