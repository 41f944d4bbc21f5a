/**
 * The revision history of an article as the use cases write and read it: recording what an
 * article looks like after a change (plain saves in a row folded into one), its working copy
 * (the held edit when there is one) and the held edit itself.
 * @example const id = await recordRevision(trx, ctx, article.id, 'saved', snapshotOf(article))
 */
import type { Article } from '../domain/article.js';
import { type RevisionKind, type Snapshot, withContentOf } from '../domain/revisions.js';
import type { StaffUser } from '../domain/staff.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import {
  findRevisionById,
  insertRevision,
  latestRevision,
  pendingRevisionId,
  replaceRevision,
} from '../storage/repos/revisions.js';

/** Successive plain saves by one person within this time are kept as one revision. */
const COALESCE_SAVES_MS = 10 * 60 * 1000;

/**
 * Records what an article looks like after a change. Plain saves (autosave included) by the
 * same person in a row are folded into one revision, so the history stays readable. Without
 * an actor (the scheduled job) the revision is nobody's.
 */
export async function recordRevision(
  db: Db,
  ctx: { actor: StaffUser | null; now: Date },
  articleId: string,
  kind: RevisionKind,
  snapshot: Snapshot,
): Promise<string> {
  const at = ctx.now.toISOString();
  const actorId = ctx.actor?.id ?? null;
  if ((kind === 'saved' || kind === 'pending') && actorId !== null) {
    const last = await latestRevision(db, articleId);
    if (
      last &&
      last.kind === kind &&
      last.createdBy?.id === actorId &&
      ctx.now.getTime() - Date.parse(last.createdAt) < COALESCE_SAVES_MS
    ) {
      await replaceRevision(db, last.id, snapshot, at);
      return last.id;
    }
  }
  const id = newId();
  await insertRevision(db, { id, articleId, kind, snapshot, createdAt: at, createdBy: actorId });
  return id;
}

/** The working copy of an article: its pending revision when it has one, else itself. */
export async function workingCopy(
  db: Db,
  article: Article,
): Promise<{ article: Article; pendingId: string | null }> {
  const pendingId = await pendingRevisionId(db, article.id);
  if (!pendingId) return { article, pendingId: null };
  const pending = await findRevisionById(db, pendingId);
  return pending
    ? { article: withContentOf(article, pending.snapshot), pendingId }
    : { article, pendingId: null };
}

/** The edit held for a published article, or null. */
export async function pendingVersion(
  db: Db,
  article: Article,
): Promise<{ article: Article; number: number; createdAt: string; by: string | null } | null> {
  const pendingId = await pendingRevisionId(db, article.id);
  const pending = pendingId ? await findRevisionById(db, pendingId) : null;
  if (!pending) return null;
  return {
    article: withContentOf(article, pending.snapshot),
    number: pending.number,
    createdAt: pending.createdAt,
    by: pending.createdBy?.name ?? null,
  };
}
