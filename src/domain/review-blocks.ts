/**
 * Stable identities of the top-level blocks of a translated version, so that a review mark
 * stays on its paragraph when paragraphs are inserted, deleted or moved before it (ADR 0024,
 * amended). The keys are kept beside the review state, one per block of the version's working
 * copy, and carried from one body to the next by `alignBlocks`: blocks equal in both bodies
 * keep their key (longest common subsequence); between two such anchors, a block edited in
 * place keeps the key of the block it replaced (same count, or the most similar text of the
 * same kind); every other block is new and gets a new key.
 * @example alignBlocks(before, ['a1', 'b2'], after) // ['n7', 'a1', 'b2'] after a paragraph inserted at the top
 */
import { newId } from '../lib/ids.js';
import type { BlockNode, BodyDoc } from './body.js';

/** A new block key: short, unique within a version. */
export function newBlockKey(): string {
  return newId(8);
}

/** One new key per block of `body`. */
export function keysFor(body: Pick<BodyDoc, 'content'>): string[] {
  return body.content.map(() => newBlockKey());
}

/** The words of a block, for "is this the same paragraph, edited?". */
function wordsOf(block: BlockNode): Set<string> {
  const text = JSON.stringify(block).toLowerCase();
  return new Set(text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []);
}

/** Shared words over all words (Jaccard), 0..1. */
function similarity(a: BlockNode, b: BlockNode): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  const all = x.size + y.size - shared;
  return all === 0 ? 1 : shared / all;
}

/** Index pairs (before, after) of the longest common subsequence of equal blocks. */
function commonBlocks(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as number[];
    const below = table[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        before[i] === after[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Keys for a run of blocks that replaced another run: edits in place keep their key. */
function pairRun(
  oldBlocks: readonly BlockNode[],
  oldKeys: readonly string[],
  newBlocks: readonly BlockNode[],
): string[] {
  if (oldBlocks.length === newBlocks.length) return [...oldKeys];
  const used = new Set<number>();
  return newBlocks.map((block) => {
    let best = -1;
    let score = 0.5;
    oldBlocks.forEach((old, index) => {
      if (used.has(index) || old.type !== block.type) return;
      const s = similarity(old, block);
      if (s >= score) {
        best = index;
        score = s;
      }
    });
    if (best < 0) return newBlockKey();
    used.add(best);
    return oldKeys[best] as string;
  });
}

/** The keys of `after`'s blocks, carried over from `before` (whose blocks have `keys`). */
export function alignBlocks(
  before: Pick<BodyDoc, 'content'>,
  keys: readonly string[],
  after: Pick<BodyDoc, 'content'>,
): string[] {
  const was = before.content.map((block) => JSON.stringify(block));
  const now = after.content.map((block) => JSON.stringify(block));
  const keyAt = (i: number) => keys[i] ?? newBlockKey();
  const result: string[] = [];
  let i = 0;
  let j = 0;
  for (const [oi, ni] of [...commonBlocks(was, now), [was.length, now.length] as [number, number]]) {
    const run = pairRun(
      before.content.slice(i, oi),
      before.content.slice(i, oi).map((_, k) => keyAt(i + k)),
      after.content.slice(j, ni),
    );
    result.push(...run);
    if (oi < was.length) result.push(keyAt(oi));
    i = oi + 1;
    j = ni + 1;
  }
  return result;
}
