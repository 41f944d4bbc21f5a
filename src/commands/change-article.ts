/**
 * The one way to change a stored article. Every use case that changes one (an edit, a step
 * of the workflow, the held edit published or dropped, the scheduled job) describes its change
 * as an `ArticleChange`; `changeArticle` does the rest, always in this order, in one
 * transaction: find the article, ask the workflow table (src/domain/workflow.ts) for each
 * step the change takes, compare the version the caller saw, store the change under
 * optimistic locking, keep the held edit and the search index in step, and record the
 * revision (and the review note). The text of a version made by "Translate" goes out only past
 * the translation guard (src/domain/translation-review.ts, ADR 0024): when it is published or
 * scheduled, and when the text of a published or scheduled version changes (an edit applied at
 * once, a held edit published). Its review state follows the blocks of the working copy.
 * Nothing is written when any of it refuses.
 * @example await changeArticle(ctx, id, 3, { doing: 'saving', steps: () => ['submit'], plan: async (_, a) => ({ article: { ...a, status: 'in_review' }, pending: 'keep', revisionKind: 'submitted' }) }, undefined)
 */
import type { Article } from '../domain/article.js';
import { DomainError } from '../domain/errors.js';
import { can } from '../domain/policy.js';
import { alignBlocks } from '../domain/review-blocks.js';
import { type RevisionKind, type Snapshot, snapshotOf } from '../domain/revisions.js';
import type { StaffUser } from '../domain/staff.js';
import {
  followBlocks,
  markReviewed,
  type TranslationReview,
  translationRefusal,
} from '../domain/translation-review.js';
import { checkStep, ownsArticle, refusalMessage, type Step, type StepVerdict } from '../domain/workflow.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import { findArticle, updateArticle as writeArticle } from '../storage/repos/articles.js';
import { insertNote, setPendingRevision } from '../storage/repos/revisions.js';
import { authorSlugsOfStaff } from '../storage/repos/taxonomy.js';
import { findReview, saveReview } from '../storage/repos/translations.js';
import { indexArticle } from '../storage/search.js';
import type { CommandContext } from './context.js';
import { recordRevision, workingCopy } from './revisions.js';

/** Who changes the article and when; no actor is the scheduled job, which takes no step of the table. */
export interface ChangeContext {
  db: Db;
  actor: StaffUser | null;
  now: Date;
}

/** What a change does to the article, decided once the table has allowed it. */
export interface ChangePlan {
  /** The article as stored afterwards; `changeArticle` stamps `modifiedAt` and the next version. */
  article: Article;
  /** What the revision shows; by default the stored article. */
  snapshot?: Snapshot;
  /** The revision this change records unless the caller names one; null records none. */
  revisionKind: RevisionKind | null;
  /** The held edit afterwards: left as it is, dropped, or the revision recorded now. */
  pending: 'keep' | 'clear' | 'hold';
  /** A note of a review step, kept beside the history. */
  note?: { kind: 'submitted' | 'sent_back'; text: string } | undefined;
  /** The version's translation review as the change leaves it, its keys still those of the working copy before. */
  review?: TranslationReview | undefined;
  /** Fields of a translation a person has reviewed, named in the working copy after the change (`body.N`). */
  reviewed?: readonly string[] | undefined;
}

/** One change of an article, as a use case describes it. */
export interface ArticleChange {
  /** What the refusal of a concurrent save says the change was doing ("… while saving"). */
  doing: 'saving' | 'publishing' | 'unpublishing' | null;
  /** True when there is nothing to do: the article is answered as it is, before the table is asked. */
  unchanged?: (current: Article) => boolean;
  /** The steps of the workflow table the change takes, asked in order; the first refusal answers. */
  steps: (current: Article) => readonly Step[];
  /** What the change does once allowed and the version matched; null leaves the article as it is. */
  plan: (trx: Db, current: Article, owned: boolean) => Promise<ChangePlan | null>;
  /** An editor's reason to publish a version whose text the language check doubts; kept as a note. */
  overrideReason?: string | undefined;
}

/**
 * Changes an article as `change` describes, in one transaction. With `expectedVersion`,
 * refuses (409) when somebody saved since; `revisionKind` names the revision instead of the plan.
 */
export async function changeArticle(
  ctx: ChangeContext,
  id: string,
  expectedVersion: number | undefined,
  change: ArticleChange,
  revisionKind: RevisionKind | undefined,
): Promise<Article> {
  return ctx.db.transaction().execute(async (trx) => {
    const { article } = await changeArticleIn(trx, ctx, id, expectedVersion, change, revisionKind);
    return article;
  });
}

/** `changeArticle` inside a transaction the caller holds; also says whether anything was written. */
export async function changeArticleIn(
  trx: Db,
  ctx: ChangeContext,
  id: string,
  expectedVersion: number | undefined,
  change: ArticleChange,
  revisionKind: RevisionKind | undefined,
): Promise<{ article: Article; changed: boolean }> {
  const current = await findArticle(trx, id);
  if (!current) throw new DomainError('not_found', `No article with id ${id}`);
  if (change.unchanged?.(current)) return { article: current, changed: false };
  const steps = change.steps(current);
  const owned = ctx.actor ? await owns(trx, ctx.actor, current) : false;
  for (const step of steps) {
    if (!ctx.actor) throw new Error(`A change without an actor cannot take the step ${step}`);
    const verdict = checkStep(step, ctx.actor, current, owned);
    if (verdict.kind === 'refuse') throw refused(step, current, verdict);
  }
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw staleVersion(current, expectedVersion);
  }
  const plan = await change.plan(trx, current, owned);
  if (!plan) return { article: current, changed: false };
  const iso = ctx.now.toISOString();
  const stored: Article = { ...plan.article, modifiedAt: iso, version: current.version + 1 };
  const review = plan.review ?? (await findReview(trx, id));
  const out = stored.status === 'published' || stored.status === 'scheduled';
  const goesOut = out && (stored.status !== current.status || textOf(stored) !== textOf(current));
  // The review describes the working copy (the held edit when there is one).
  const was = review ? (await workingCopy(trx, current)).article : null;
  const wasBody = was?.body ?? null;
  // A held edit that stays held is not what goes out: the stored text passed the guard when it
  // was scheduled or last changed, so only the language check is asked of it again.
  const heldApart = was !== null && plan.pending === 'keep' && textOf(was) !== textOf(stored);
  if (goesOut && review && wasBody) {
    const atLive = heldApart
      ? { ...review, unreviewed: [] }
      : marked(followBlocks(review, stored, alignBlocks(wasBody, review.blocks, stored.body)), plan.reviewed);
    const refusal = translationRefusal(stored, atLive, change.overrideReason);
    if (refusal) throw refusal;
  }
  if (!(await writeArticle(trx, stored, current.version))) {
    const doing = change.doing ? ` while ${change.doing}` : '';
    throw new DomainError('conflict', `The article was changed by someone else${doing}`, 'version');
  }
  if (plan.pending === 'clear') await setPendingRevision(trx, id, null);
  if (goesOut && review && change.overrideReason?.trim()) {
    await insertNote(trx, {
      id: newId(),
      articleId: id,
      kind: 'language_override',
      text: change.overrideReason.trim(),
      createdAt: iso,
      createdBy: ctx.actor?.id ?? null,
    });
  }
  await indexArticle(trx, stored);
  if (plan.note) {
    const { kind, text } = plan.note;
    await insertNote(trx, {
      id: newId(),
      articleId: id,
      kind,
      text,
      createdAt: iso,
      createdBy: ctx.actor?.id ?? null,
    });
  }
  const kind = revisionKind ?? plan.revisionKind;
  if (kind) {
    const revisionId = await recordRevision(trx, ctx, id, kind, plan.snapshot ?? snapshotOf(stored));
    if (plan.pending === 'hold') await setPendingRevision(trx, id, revisionId);
  }
  if (review && wasBody) {
    const now = (await workingCopy(trx, stored)).article;
    const next = marked(
      followBlocks(review, now, alignBlocks(wasBody, review.blocks, now.body)),
      plan.reviewed,
    );
    if (plan.review || plan.reviewed || JSON.stringify(next) !== JSON.stringify(review))
      await saveReview(trx, next);
  }
  return { article: stored, changed: true };
}

/** A review state with the fields named in `reviewed` marked. */
function marked(review: TranslationReview, reviewed: readonly string[] | undefined): TranslationReview {
  return reviewed ? { ...review, unreviewed: markReviewed(review, reviewed) } : review;
}

/** The text readers see of an article, to tell whether an edit changes it. */
function textOf(article: Article): string {
  const { headline, lead, kicker, hero, body } = article;
  return JSON.stringify([headline, lead, kicker, hero, body]);
}

/**
 * True when the staff member owns the article (src/domain/workflow.ts says what that means).
 * The desk may change any article, so its profiles are not looked up.
 */
export async function owns(
  db: Db,
  actor: StaffUser,
  article: Pick<Article, 'createdBy' | 'authors'>,
): Promise<boolean> {
  if (ownsArticle(article, actor, [])) return true;
  if (can(actor, 'article.update_any')) return false;
  return ownsArticle(article, actor, await authorSlugsOfStaff(db, actor.email));
}

/** The error of a refused step: 409 when the status does not allow it, else 403. */
export function refused(
  step: Step,
  article: Article,
  verdict: Extract<StepVerdict, { kind: 'refuse' }>,
): DomainError {
  const message = refusalMessage(step, article.status, verdict);
  return verdict.reason === 'state'
    ? new DomainError('conflict', message, 'status')
    : new DomainError('forbidden', message);
}

/** Fails unless the workflow table lets the actor take `step` on the article as it is stored. */
export async function requireStep(db: Db, ctx: CommandContext, step: Step, article: Article): Promise<void> {
  const verdict = checkStep(step, ctx.actor, article, await owns(db, ctx.actor, article));
  if (verdict.kind === 'refuse') throw refused(step, article, verdict);
}

function staleVersion(current: Article, expected: number): DomainError {
  return new DomainError(
    'conflict',
    `The article was changed by someone else (now version ${current.version}, you edited version ${expected})`,
    'version',
  );
}
