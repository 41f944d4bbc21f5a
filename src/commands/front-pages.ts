/**
 * Curating a language home: editors pin published stories of that language on top, in an
 * order they choose, each until an optional expiry; the rest of the home follows by recency.
 * Every change writes the whole ordered list in one transaction, so two editors working at
 * once never leave a half-written list (the later one wins, whole).
 * @example await changeFrontPage(ctx, 'en', { kind: 'move', articleId, direction: 'up' })
 */
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { checkStep } from '../domain/workflow.js';
import type { Db } from '../storage/db.js';
import {
  type ActivePin,
  activePins,
  articleStates,
  type FrontPagePin,
  lockFrontPage,
  replacePins,
} from '../storage/repos/front-pages.js';
import { authorize, type CommandContext } from './context.js';

/** Most stories a home can have pinned (its top story and the ten below it). */
export const MAX_PINS = 10;

export interface PinInput {
  articleId: string;
  /** ISO 8601; absent or null: pinned until unpinned. */
  expiresAt?: string | null | undefined;
}

/** One change an editor makes on the front-page screen. */
export type PinChange =
  | { kind: 'pin'; articleId: string; expiresAt?: string | null | undefined }
  | { kind: 'unpin'; articleId: string }
  | { kind: 'move'; articleId: string; direction: 'up' | 'down' }
  | { kind: 'expire'; articleId: string; expiresAt: string | null };

type Entry = { articleId: string; expiresAt: string | null };

/** The ISO form of an expiry, which must lie after `now`. */
function expiryOf(value: string | null | undefined, now: Date, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw invalid(field, `${field}: not a date and time`);
  if (time <= now.getTime()) throw invalid(field, `${field}: the expiry must lie in the future`);
  return new Date(time).toISOString();
}

const ensure = (pins: readonly ActivePin[], articleId: string): number => {
  const index = pins.findIndex((p) => p.articleId === articleId);
  if (index < 0) throw new DomainError('not_found', `The article ${articleId} is not pinned`, 'articleId');
  return index;
};

/** How each kind of change turns the current list into the next; expiries are checked later. */
const APPLY: {
  [K in PinChange['kind']]: (pins: ActivePin[], change: Extract<PinChange, { kind: K }>) => Entry[];
} = {
  pin: (pins, change) => {
    if (pins.some((p) => p.articleId === change.articleId)) {
      throw new DomainError('conflict', 'This article is pinned already', 'articleId');
    }
    return [...pins, { articleId: change.articleId, expiresAt: change.expiresAt ?? null }];
  },
  unpin: (pins, change) => {
    ensure(pins, change.articleId);
    return pins.filter((p) => p.articleId !== change.articleId);
  },
  move: (pins, change) => {
    const from = ensure(pins, change.articleId);
    const to = change.direction === 'up' ? from - 1 : from + 1;
    const next: Entry[] = [...pins];
    const [moved] = next.splice(from, 1);
    // Moving the first one up or the last one down leaves the order as it is.
    if (moved) next.splice(Math.max(0, Math.min(pins.length - 1, to)), 0, moved);
    return next;
  },
  expire: (pins, change) => {
    ensure(pins, change.articleId);
    return pins.map((p) => (p.articleId === change.articleId ? { ...p, expiresAt: change.expiresAt } : p));
  },
};

/**
 * Checks the list and writes it inside `trx`. Pins kept from `current` keep when and by whom
 * they were pinned; a stored pin that no longer counts (unpublished, expired) is dropped.
 */
async function writePins(
  trx: Db,
  ctx: CommandContext,
  language: Language,
  entries: readonly Entry[],
  current: readonly ActivePin[],
): Promise<ActivePin[]> {
  if (entries.length > MAX_PINS) {
    throw invalid('pins', `pins: at most ${MAX_PINS} stories can be pinned on a front page`);
  }
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (seen.has(entry.articleId)) throw invalid(`pins.${i}.articleId`, `pins.${i}.articleId: pinned twice`);
    seen.add(entry.articleId);
  }
  const states = await articleStates(
    trx,
    entries.map((e) => e.articleId),
  );
  const before = new Map(current.map((p) => [p.articleId, p]));
  const pins: FrontPagePin[] = entries.map((entry, i) => {
    const state = states.get(entry.articleId);
    // The workflow table says what may be pinned (only what readers can see).
    if (!state || state.language !== language || checkStep('pin', ctx.actor, state, false).kind !== 'allow') {
      throw invalid(
        `pins.${i}.articleId`,
        `pins.${i}.articleId: only a published article of the language ${language} can be pinned`,
      );
    }
    const old = before.get(entry.articleId);
    return {
      articleId: entry.articleId,
      position: i + 1,
      expiresAt: expiryOf(entry.expiresAt, ctx.now, `pins.${i}.expiresAt`),
      pinnedAt: old?.pinnedAt ?? ctx.now.toISOString(),
      pinnedBy: old ? old.pinnedBy : ctx.actor.id,
    };
  });
  await replacePins(trx, language, pins);
  return activePins(trx, language, ctx.now);
}

/** Replaces the pinned stories of a language home by `input`, in that order. */
export async function setFrontPage(
  ctx: CommandContext,
  language: Language,
  input: readonly PinInput[],
): Promise<ActivePin[]> {
  authorize(ctx.actor, 'frontpage.manage');
  const entries = input.map((p) => ({ articleId: p.articleId, expiresAt: p.expiresAt ?? null }));
  return ctx.db.transaction().execute(async (trx) => {
    await lockFrontPage(trx, language);
    return writePins(trx, ctx, language, entries, await activePins(trx, language, ctx.now));
  });
}

/** Applies one change (pin, unpin, move, expire) to the pinned stories of a language home. */
export async function changeFrontPage(
  ctx: CommandContext,
  language: Language,
  change: PinChange,
): Promise<ActivePin[]> {
  authorize(ctx.actor, 'frontpage.manage');
  return ctx.db.transaction().execute(async (trx) => {
    await lockFrontPage(trx, language);
    const current = await activePins(trx, language, ctx.now);
    const entries = (APPLY[change.kind] as (pins: ActivePin[], change: PinChange) => Entry[])(
      current,
      change,
    );
    return writePins(trx, ctx, language, entries, current);
  });
}
