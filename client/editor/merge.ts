/**
 * Merging two edits of one article after a conflict (409): field by field against the version
 * both started from, and for the body block by block, so edits to different paragraphs
 * combine without anyone choosing. Pure functions, no DOM.
 * @example mergeFields(base, mine, theirs) // [{ field: 'headline', suggested: 'theirs', ... }]
 */
import { diffArrays } from 'diff';
import type { BlockNode, BodyDoc } from '../../src/domain/body.js';

export interface HeroDraft {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
}

/** What the editor page edits of an article; the unit of saving and merging. */
export interface Draft {
  headline: string;
  lead: string;
  kicker: string;
  type: string;
  section: string;
  dateline: string;
  source: string;
  topics: string[];
  authors: string[];
  hero: HeroDraft | null;
  body: BodyDoc;
}

export const DRAFT_FIELDS = [
  'headline',
  'lead',
  'kicker',
  'type',
  'section',
  'dateline',
  'source',
  'topics',
  'authors',
  'hero',
  'body',
] as const satisfies ReadonlyArray<keyof Draft>;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** Which side a merged field takes; `both` only for a body whose edits combine. */
export type Choice = 'mine' | 'theirs' | 'both';

export interface FieldDifference {
  field: DraftField;
  /** Who changed the field since the common version. */
  changedBy: 'me' | 'them' | 'both';
  /** What the merge proposes: the side that changed it, and `both` for a body that combines. */
  suggested: Choice;
  /** The body of both edits together, when they touch different blocks. */
  combined?: BodyDoc | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Hunk {
  start: number;
  end: number;
  blocks: string[];
}

/** The changes from base to next, as replacements of base ranges. */
function hunksOf(base: string[], next: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let index = 0;
  let open: Hunk | null = null;
  for (const change of diffArrays(base, next)) {
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = null;
      index += change.count ?? change.value.length;
      continue;
    }
    open ??= { start: index, end: index, blocks: [] };
    if (change.removed) {
      index += change.count ?? change.value.length;
      open.end = index;
    } else open.blocks.push(...change.value);
  }
  if (open) hunks.push(open);
  return hunks;
}

function overlaps(a: Hunk, b: Hunk): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Both edits of a list of blocks applied to their common base, or null when they change the
 * same blocks differently.
 */
export function mergeBlocks(base: BlockNode[], mine: BlockNode[], theirs: BlockNode[]): BlockNode[] | null {
  const key = (blocks: BlockNode[]) => blocks.map((b) => JSON.stringify(b));
  const baseKeys = key(base);
  const ours = hunksOf(baseKeys, key(mine));
  const other = hunksOf(baseKeys, key(theirs)).filter(
    (h) => !ours.some((o) => o.start === h.start && o.end === h.end && same(o.blocks, h.blocks)),
  );
  if (ours.some((a) => other.some((b) => overlaps(a, b)))) return null;
  const all = [...ours, ...other].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let index = 0;
  for (const hunk of all) {
    out.push(...baseKeys.slice(index, hunk.start), ...hunk.blocks);
    index = hunk.end;
  }
  out.push(...baseKeys.slice(index));
  return out.map((block) => JSON.parse(block) as BlockNode);
}

/** The fields in which my draft and theirs differ, with what each side did since the base. */
export function mergeFields(base: Draft, mine: Draft, theirs: Draft): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const field of DRAFT_FIELDS) {
    if (same(mine[field], theirs[field])) continue;
    const iChanged = !same(mine[field], base[field]);
    const theyChanged = !same(theirs[field], base[field]);
    const changedBy = iChanged && theyChanged ? 'both' : iChanged ? 'me' : 'them';
    if (field === 'body' && changedBy === 'both') {
      const blocks = mergeBlocks(base.body.content, mine.body.content, theirs.body.content);
      const combined: BodyDoc | undefined = blocks ? { type: 'doc', content: blocks } : undefined;
      out.push({ field, changedBy, suggested: combined ? 'both' : 'mine', combined });
      continue;
    }
    out.push({ field, changedBy, suggested: changedBy === 'them' ? 'theirs' : 'mine' });
  }
  return out;
}

/** The merged draft: for each differing field the chosen side (`both`: the combined body). */
export function applyChoices(
  mine: Draft,
  theirs: Draft,
  differences: readonly FieldDifference[],
  choices: ReadonlyMap<DraftField, Choice>,
): Draft {
  const merged: Draft = structuredClone(mine);
  for (const difference of differences) {
    const choice = choices.get(difference.field) ?? difference.suggested;
    const value =
      choice === 'both' && difference.combined
        ? difference.combined
        : choice === 'theirs'
          ? theirs[difference.field]
          : mine[difference.field];
    (merged as unknown as Record<string, unknown>)[difference.field] = structuredClone(value);
  }
  return merged;
}
