/**
 * The steps of the editorial workflow as use cases: hand to the desk, send back, publish,
 * unpublish, publish or drop the held edit, and the scheduled job's publishing of what is due;
 * plus what the editor page asks (may this person edit, which steps may they take). Each is a
 * change for `changeArticle` (./change-article.ts); the workflow table says who may take which.
 * @example await submitForReview(ctx, id, { note: 'Ready', expectedVersion: 3 })
 */
import { type Article, assertPublishable, publishTimes } from '../domain/article.js';
import { DomainError, invalid } from '../domain/errors.js';
import {
  checkStep,
  editEffect,
  isDue,
  STEPS,
  type Step,
  type StepVerdict,
  WORKFLOW,
} from '../domain/workflow.js';
import type { Db } from '../storage/db.js';
import { dueScheduledIds, findArticle } from '../storage/repos/articles.js';
import { pendingRevisionId } from '../storage/repos/revisions.js';
import { checkReferences } from './articles.js';
import { type ArticleChange, changeArticle, changeArticleIn, owns, refused } from './change-article.js';
import { authorize, type CommandContext } from './context.js';
import { assertImagesCredited } from './image-texts.js';
import { workingCopy } from './revisions.js';

/** Whether the actor may open the article in the editor: the workflow's `edit` step. */
export async function editVerdict(ctx: CommandContext, article: Article): Promise<StepVerdict> {
  return checkStep('edit', ctx.actor, article, await owns(ctx.db, ctx.actor, article));
}

/** Fails (403) unless the actor may edit the article. */
export async function assertMayEdit(ctx: CommandContext, article: Article): Promise<void> {
  const verdict = await editVerdict(ctx, article);
  if (verdict.kind === 'refuse') throw refused('edit', article, verdict);
}

/**
 * What the actor may do with the article now, for the editor's buttons: the steps the
 * workflow table allows, and whether their edits wait for review. A new article (null) is
 * their own draft.
 */
export async function allowedSteps(
  ctx: CommandContext,
  article: Pick<Article, 'status' | 'createdBy' | 'authors'> | null,
): Promise<{ steps: Set<Step>; editsHeld: boolean }> {
  const subject = article ?? { status: 'draft' as const, createdBy: ctx.actor.id, authors: [] };
  const owned = await owns(ctx.db, ctx.actor, subject);
  const steps = STEPS.filter((step) => checkStep(step, ctx.actor, subject, owned).kind === 'allow');
  return { steps: new Set(steps), editsHeld: editEffect(ctx.actor, subject, owned, false).kind === 'hold' };
}

/**
 * Approves the edit held for a scheduled or published article: it replaces the approved
 * version (readers of a published one see it as an update; a scheduled one goes out with it).
 */
export async function publishPending(
  ctx: CommandContext,
  id: string,
  options: { expectedVersion?: number | undefined } = {},
): Promise<Article> {
  return changeArticle(
    ctx,
    id,
    options.expectedVersion,
    {
      doing: 'publishing',
      steps: () => ['publishPending'],
      plan: async (trx, current) => {
        const { article: base, pendingId } = await workingCopy(trx, current);
        if (!pendingId) throw new DomainError('conflict', 'This article has no pending revision', 'pending');
        const live = current.status === 'published';
        const article: Article = { ...base, updatedAt: live ? ctx.now.toISOString() : current.updatedAt };
        assertPublishable(article);
        await checkReferences(trx, article);
        await assertImagesCredited(trx, article);
        return { article, pending: 'clear', revisionKind: live ? 'published' : 'scheduled' };
      },
    },
    undefined,
  );
}

/** Drops the edit held for an article; the approved version stays. */
export async function discardPending(ctx: CommandContext, id: string): Promise<Article> {
  return changeArticle(
    ctx,
    id,
    undefined,
    {
      doing: null,
      steps: () => ['discardPending'],
      plan: async (trx, current) =>
        (await pendingRevisionId(trx, id))
          ? { article: current, pending: 'clear', revisionKind: null }
          : null,
    },
    undefined,
  );
}

/** Moves an article through a review step and notes why. */
function reviewStep(
  ctx: CommandContext,
  id: string,
  step: { step: 'submit' | 'sendBack'; kind: 'submitted' | 'sent_back'; note: string },
  expectedVersion: number | undefined,
): Promise<Article> {
  return changeArticle(
    ctx,
    id,
    expectedVersion,
    {
      doing: 'saving',
      steps: () => [step.step],
      plan: async (_trx, current) => ({
        article: { ...current, status: WORKFLOW[step.step].to ?? current.status, publishAt: null },
        pending: 'keep',
        revisionKind: step.kind,
        note: step.note || step.kind === 'submitted' ? { kind: step.kind, text: step.note } : undefined,
      }),
    },
    undefined,
  );
}

/** A writer hands a draft to the desk: it waits in review (with an optional note). */
export async function submitForReview(
  ctx: CommandContext,
  id: string,
  input: { note?: string | undefined; expectedVersion?: number | undefined } = {},
): Promise<Article> {
  const note = (input.note ?? '').trim();
  if (note.length > 4000) throw invalid('note', 'A note has at most 4000 characters');
  const article = await findArticle(ctx.db, id);
  if (article && !article.headline.trim())
    throw invalid('headline', 'Give the article a headline before submitting it');
  return reviewStep(ctx, id, { step: 'submit', kind: 'submitted', note }, input.expectedVersion);
}

/** An editor sends an article in review back to its writer, saying what to change. */
export async function sendBack(
  ctx: CommandContext,
  id: string,
  input: { comment: string; expectedVersion?: number | undefined },
): Promise<Article> {
  const comment = input.comment.trim();
  if (!comment) throw invalid('comment', 'Say what should change');
  if (comment.length > 4000) throw invalid('comment', 'A comment has at most 4000 characters');
  return reviewStep(ctx, id, { step: 'sendBack', kind: 'sent_back', note: comment }, input.expectedVersion);
}

/** The article published at `now`, as the desk approved it. */
function published(current: Article, now: Date): Article {
  return { ...current, status: 'published', publishAt: null, ...publishTimes(current, now) };
}

/**
 * Publishes an article now (a scheduled one as the desk approved it; a held edit stays held).
 * Publishing a published article changes nothing.
 */
export async function publishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.publish');
  return changeArticle(
    ctx,
    id,
    undefined,
    {
      doing: 'publishing',
      unchanged: (current) => current.status === 'published',
      steps: () => ['publish'],
      plan: async (trx, current) => {
        assertPublishable(current);
        await assertImagesCredited(trx, current);
        return { article: published(current, ctx.now), pending: 'keep', revisionKind: 'published' };
      },
    },
    undefined,
  );
}

/** Takes an article off the reader site; its URL answers 404 (later 410) until republished. */
export async function unpublishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.unpublish');
  return changeArticle(
    ctx,
    id,
    undefined,
    {
      doing: 'unpublishing',
      // Nothing to take off the site: answered as it is, as before.
      unchanged: (current) => current.status === 'unpublished' || current.status === 'draft',
      steps: () => ['unpublish'],
      plan: async (_trx, current) => ({
        article: { ...current, status: 'unpublished', publishAt: null },
        pending: 'keep',
        revisionKind: 'unpublished',
      }),
    },
    undefined,
  );
}

/**
 * Publishes every scheduled article whose time has come, once each, also when several
 * instances run this at the same moment. Answers the ids it published. It publishes the
 * stored version, the one the desk scheduled: an edit held for review stays held.
 */
export async function publishDueArticles(db: Db, now: Date): Promise<string[]> {
  const ctx = { db, actor: null, now };
  const change: ArticleChange = {
    doing: 'publishing',
    // Checked again inside the transaction: it may have been rescheduled or sent back since.
    unchanged: (current) => !isDue(current, now),
    steps: () => [],
    plan: async (_trx, current) => ({
      article: published(current, now),
      pending: 'keep',
      revisionKind: 'published',
    }),
  };
  const done: string[] = [];
  for (const id of await dueScheduledIds(db, now)) {
    try {
      const { changed } = await db
        .transaction()
        .execute((trx) => changeArticleIn(trx, ctx, id, undefined, change, undefined));
      if (changed) done.push(id);
    } catch (error) {
      // Gone since, or another instance published it first: nothing to do here.
      if (!(error instanceof DomainError && (error.code === 'not_found' || error.code === 'conflict')))
        throw error;
    }
  }
  return done;
}
