/**
 * Use cases for articles: create, update, publish, unpublish, and publishing what is due.
 * Each runs in one transaction; a 2xx answer means the whole change is stored. Which step
 * may start from which status, for whom, and whether an edit applies or waits for review is
 * the workflow table's (src/domain/workflow.ts), asked through `requireStep` and `editEffect`.
 * @example await createArticle(ctx, { language: 'en', headline: 'Hello', section: 'politics' })
 */
import {
  type Article,
  type ArticleType,
  assertPublishable,
  type Hero,
  publishTimes,
} from '../domain/article.js';
import { type BodyDoc, emptyBody, mediaIdsOf, relatedIdsOf } from '../domain/body.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { can } from '../domain/policy.js';
import { type RevisionKind, type Snapshot, snapshotOf, withContentOf } from '../domain/revisions.js';
import type { StaffUser } from '../domain/staff.js';
import {
  checkStep,
  editEffect,
  isDue,
  ownsArticle,
  refusalMessage,
  requestedStep,
  STEPS,
  type Step,
  type StepVerdict,
  WORKFLOW,
} from '../domain/workflow.js';
import { htmlToBody } from '../editor/html-to-body.js';
import { newId } from '../lib/ids.js';
import { slugify } from '../lib/urls.js';
import type { Db } from '../storage/db.js';
import {
  dueScheduledIds,
  findArticle,
  insertArticle,
  insertStory,
  storyVersions,
  updateArticle as writeArticle,
} from '../storage/repos/articles.js';
import { findMedia, missingMediaIds } from '../storage/repos/media.js';
import {
  findRevision,
  findRevisionById,
  insertNote,
  insertRevision,
  latestRevision,
  pendingRevisionId,
  replaceRevision,
  setPendingRevision,
} from '../storage/repos/revisions.js';
import { authorSlugsOfStaff, missingSlugs } from '../storage/repos/taxonomy.js';
import { indexArticle, unindexArticle } from '../storage/search.js';
import { authorize, type CommandContext } from './context.js';

export interface HeroInput {
  mediaId: string;
  alt?: string | undefined;
  caption?: string | null | undefined;
  credit?: string | null | undefined;
}

/** Fields an editor sets on an article; every one optional on update. */
export interface ArticleFields {
  type?: ArticleType | undefined;
  section?: string | null | undefined;
  headline?: string | undefined;
  lead?: string | undefined;
  kicker?: string | null | undefined;
  dateline?: string | null | undefined;
  body?: BodyDoc | undefined;
  html?: string | undefined;
  hero?: HeroInput | null | undefined;
  authors?: string[] | undefined;
  topics?: string[] | undefined;
  source?: string | null | undefined;
  status?: 'draft' | 'scheduled' | 'published' | undefined;
  publishAt?: string | null | undefined;
}

export interface ArticleCreateInput extends ArticleFields {
  language: Language;
  translationOf?: string | undefined;
}

function bodyOf(fields: ArticleFields, publicUrl: string | undefined): BodyDoc | undefined {
  if (fields.body && fields.html !== undefined) throw invalid('html', 'Give either body or html, not both');
  if (fields.html !== undefined) return htmlToBody(fields.html, publicUrl);
  return fields.body;
}

async function resolveHero(db: Db, hero: HeroInput | null | undefined): Promise<Hero | null | undefined> {
  if (hero === undefined || hero === null) return hero;
  const media = await findMedia(db, hero.mediaId);
  if (!media) throw invalid('hero.mediaId', `No media with id ${hero.mediaId}`);
  const alt = (hero.alt ?? media.alt).trim();
  if (!alt) throw invalid('hero.alt', 'The hero image needs alt text');
  return {
    mediaId: media.id,
    alt,
    caption: hero.caption === undefined ? media.caption : hero.caption,
    credit: hero.credit === undefined ? media.credit : hero.credit,
  };
}

/** Checks that every slug, media id and related article an article points to exists. */
async function checkReferences(db: Db, article: Article): Promise<void> {
  if (article.sectionSlug && (await missingSlugs(db, 'sections', [article.sectionSlug])).length > 0) {
    throw invalid('section', `No section with slug ${article.sectionSlug}`);
  }
  const [author] = await missingSlugs(db, 'authors', article.authors);
  if (author) throw invalid('authors', `No author with slug ${author}`);
  const [topic] = await missingSlugs(db, 'topics', article.topics);
  if (topic) throw invalid('topics', `No topic with slug ${topic}`);
  const [media] = await missingMediaIds(db, mediaIdsOf(article.body));
  if (media) throw invalid('body', `The body shows an image with unknown media id ${media}`);
  for (const relatedId of relatedIdsOf(article.body)) {
    if (relatedId === article.id) throw invalid('body', 'A "More" box cannot point to its own article');
    if (!(await findArticle(db, relatedId)))
      throw invalid('body', `A "More" box points to unknown article ${relatedId}`);
  }
}

/**
 * True when the staff member owns the article (src/domain/workflow.ts says what that means).
 * The desk may change any article, so its profiles are not looked up.
 */
async function owns(
  db: Db,
  actor: StaffUser,
  article: Pick<Article, 'createdBy' | 'authors'>,
): Promise<boolean> {
  if (ownsArticle(article, actor, [])) return true;
  if (can(actor, 'article.update_any')) return false;
  return ownsArticle(article, actor, await authorSlugsOfStaff(db, actor.email));
}

/** The error of a refused step: 409 when the status does not allow it, else 403. */
function refused(
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
async function requireStep(db: Db, ctx: CommandContext, step: Step, article: Article): Promise<void> {
  const verdict = checkStep(step, ctx.actor, article, await owns(db, ctx.actor, article));
  if (verdict.kind === 'refuse') throw refused(step, article, verdict);
}

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
 * The article after a step asked through its fields (status, publishAt); the table has
 * already allowed the step. Checks what the new status needs.
 */
function applyStep(article: Article, step: Step | null, fields: ArticleFields, now: Date): Article {
  if (step === null) return article;
  if (step === 'toDraft') return { ...article, status: 'draft', publishAt: null };
  assertPublishable(article);
  if (step === 'schedule' || step === 'reschedule') {
    const publishAt = fields.publishAt === undefined ? article.publishAt : fields.publishAt;
    if (!publishAt) throw invalid('publishAt', 'A scheduled article needs publishAt');
    return { ...article, status: 'scheduled', publishAt };
  }
  return { ...article, status: 'published', publishAt: null, ...publishTimes(article, now) };
}

function merge(
  article: Article,
  fields: ArticleFields,
  body: BodyDoc | undefined,
  hero: Hero | null | undefined,
): Article {
  const text = (value: string | null | undefined, current: string | null) =>
    value === undefined ? current : value === null ? null : value.trim() || null;
  return {
    ...article,
    type: fields.type ?? article.type,
    sectionSlug: fields.section === undefined ? article.sectionSlug : fields.section,
    headline: fields.headline === undefined ? article.headline : fields.headline.trim(),
    lead: fields.lead === undefined ? article.lead : fields.lead.trim(),
    kicker: text(fields.kicker, article.kicker),
    dateline: text(fields.dateline, article.dateline),
    body: body ?? article.body,
    hero: hero === undefined ? article.hero : hero,
    authors: fields.authors ?? article.authors,
    topics: fields.topics ?? article.topics,
    source: text(fields.source, article.source),
  };
}

/** Successive plain saves by one person within this time are kept as one revision. */
const COALESCE_SAVES_MS = 10 * 60 * 1000;

/**
 * Records what an article looks like after a save. Plain saves (autosave included) by the
 * same person in a row are folded into one revision, so the history stays readable.
 */
async function recordRevision(
  db: Db,
  ctx: CommandContext,
  articleId: string,
  kind: RevisionKind,
  snapshot: Snapshot,
): Promise<string> {
  const at = ctx.now.toISOString();
  if (kind === 'saved' || kind === 'pending') {
    const last = await latestRevision(db, articleId);
    if (
      last &&
      last.kind === kind &&
      last.createdBy?.id === ctx.actor.id &&
      ctx.now.getTime() - Date.parse(last.createdAt) < COALESCE_SAVES_MS
    ) {
      await replaceRevision(db, last.id, snapshot, at);
      return last.id;
    }
  }
  const id = newId();
  await insertRevision(db, { id, articleId, kind, snapshot, createdAt: at, createdBy: ctx.actor.id });
  return id;
}

/** The working copy of an article: its pending revision when it has one, else itself. */
async function workingCopy(
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

function staleVersion(current: Article, expected: number): DomainError {
  return new DomainError(
    'conflict',
    `The article was changed by someone else (now version ${current.version}, you edited version ${expected})`,
    'version',
  );
}

/** Creates an article (and its story, unless it is a translation of an existing one). */
export async function createArticle(
  ctx: CommandContext,
  input: ArticleCreateInput,
  options: { publicUrl?: string } = {},
): Promise<Article> {
  authorize(ctx.actor, 'article.create');
  const body = bodyOf(input, options.publicUrl) ?? emptyBody();
  return ctx.db.transaction().execute(async (trx) => {
    let storyId = newId();
    let newStory = true;
    if (input.translationOf) {
      const original = await findArticle(trx, input.translationOf);
      if (!original) throw invalid('translationOf', `No article with id ${input.translationOf}`);
      await requireStep(trx, ctx, 'translate', original);
      const versions = await storyVersions(trx, original.storyId);
      if (versions.some((v) => v.language === input.language)) {
        throw new DomainError('conflict', `This story already has a ${input.language} version`, 'language');
      }
      storyId = original.storyId;
      newStory = false;
    }
    const iso = ctx.now.toISOString();
    const id = newId();
    const blank: Article = {
      id,
      storyId,
      language: input.language,
      type: 'news',
      status: 'draft',
      slug: '',
      headline: '',
      lead: '',
      kicker: null,
      dateline: null,
      body: emptyBody(),
      hero: null,
      sectionSlug: null,
      authors: [],
      topics: [],
      source: null,
      firstPublishedAt: null,
      updatedAt: null,
      publishAt: null,
      createdAt: iso,
      modifiedAt: iso,
      createdBy: ctx.actor.id,
      version: 1,
    };
    const merged = merge(blank, input, body, await resolveHero(trx, input.hero));
    // A new article starts as its creator's draft; a status asked at once is a step from there.
    const step = requestedStep(blank, input);
    if (step) await requireStep(trx, ctx, step, blank);
    const article = applyStep({ ...merged, slug: slugify(merged.headline) }, step, input, ctx.now);
    await checkReferences(trx, article);
    if (newStory) await insertStory(trx, storyId, iso);
    await insertArticle(trx, article);
    await indexArticle(trx, article);
    await recordRevision(
      trx,
      ctx,
      article.id,
      article.status === 'draft' ? 'created' : article.status === 'scheduled' ? 'scheduled' : 'published',
      snapshotOf(article),
    );
    return article;
  });
}

/**
 * Changes an article. With `expectedVersion`, refuses (409) when somebody saved since.
 * A change of status or publishAt is a step of the workflow table like any other; the edit of
 * the text applies, or waits as the pending revision (the stored version stays as the desk
 * approved it), as the table says for the article's status and the actor: on request (`hold`),
 * and always for someone who may not publish, on a scheduled or published article.
 */
export async function updateArticle(
  ctx: CommandContext,
  id: string,
  fields: ArticleFields,
  options: {
    expectedVersion?: number | undefined;
    publicUrl?: string;
    hold?: boolean | undefined;
    revisionKind?: RevisionKind;
    restoredFrom?: number;
  } = {},
): Promise<Article> {
  const body = bodyOf(fields, options.publicUrl);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    const owned = await owns(trx, ctx.actor, current);
    const step = requestedStep(current, fields);
    // Restoring a revision is its own step of the table, with the same effect as an edit.
    const editStep: Step = options.restoredFrom ? 'restore' : 'edit';
    const effect = editEffect(ctx.actor, current, owned, options.hold === true && step === null, editStep);
    if (effect.kind === 'refuse') throw refused(editStep, current, effect);
    if (step) {
      const verdict = checkStep(step, ctx.actor, current, owned);
      if (verdict.kind === 'refuse') throw refused(step, current, verdict);
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      throw staleVersion(current, options.expectedVersion);
    }
    const { article: base, pendingId } = await workingCopy(trx, current);
    const merged = merge(base, fields, body, await resolveHero(trx, fields.hero));
    const iso = ctx.now.toISOString();
    if (effect.kind === 'hold' && step === null) {
      // Readers (and the scheduled job) keep the approved version; the edit waits as the pending revision.
      await checkReferences(trx, merged);
      const live: Article = { ...current, modifiedAt: iso, version: current.version + 1 };
      if (!(await writeArticle(trx, live, current.version))) {
        throw new DomainError('conflict', 'The article was changed by someone else while saving', 'version');
      }
      const snapshot = {
        ...snapshotOf(merged),
        status: current.status,
        publishAt: current.publishAt,
        ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
      };
      const revisionId = await recordRevision(trx, ctx, id, options.revisionKind ?? 'pending', snapshot);
      await setPendingRevision(trx, id, revisionId);
      return live;
    }
    let next = applyStep(merged, step, fields, ctx.now);
    if (
      current.status === 'published' &&
      next.status === 'published' &&
      next.firstPublishedAt === current.firstPublishedAt
    ) {
      next = { ...next, updatedAt: iso };
    }
    next = { ...next, modifiedAt: iso, version: current.version + 1 };
    await checkReferences(trx, next);
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError('conflict', 'The article was changed by someone else while saving', 'version');
    }
    if (pendingId) await setPendingRevision(trx, id, null);
    if (next.status === 'published') await indexArticle(trx, next);
    else if (current.status === 'published') await unindexArticle(trx, id);
    else await indexArticle(trx, next);
    const kind: RevisionKind =
      options.revisionKind ??
      (next.status !== current.status && next.status !== 'draft' && next.status !== 'in_review'
        ? next.status
        : 'saved');
    await recordRevision(trx, ctx, id, kind, {
      ...snapshotOf(next),
      ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
    });
    return next;
  });
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
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    await requireStep(trx, ctx, 'publishPending', current);
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      throw staleVersion(current, options.expectedVersion);
    }
    const { article: base, pendingId } = await workingCopy(trx, current);
    if (!pendingId) throw new DomainError('conflict', 'This article has no pending revision', 'pending');
    const iso = ctx.now.toISOString();
    const live = current.status === 'published';
    const next: Article = {
      ...base,
      updatedAt: live ? iso : current.updatedAt,
      modifiedAt: iso,
      version: current.version + 1,
    };
    assertPublishable(next);
    await checkReferences(trx, next);
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while publishing',
        'version',
      );
    }
    await setPendingRevision(trx, id, null);
    await indexArticle(trx, next);
    await recordRevision(trx, ctx, id, live ? 'published' : 'scheduled', snapshotOf(next));
    return next;
  });
}

/** Drops the edit held for an article; the approved version stays. */
export async function discardPending(ctx: CommandContext, id: string): Promise<Article> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    await requireStep(trx, ctx, 'discardPending', current);
    if (!(await pendingRevisionId(trx, id))) return current;
    const next: Article = { ...current, modifiedAt: ctx.now.toISOString(), version: current.version + 1 };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError('conflict', 'The article was changed by someone else', 'version');
    }
    await setPendingRevision(trx, id, null);
    return next;
  });
}

/** Moves an article through a review step and notes why. */
async function reviewStep(
  ctx: CommandContext,
  id: string,
  step: { step: 'submit' | 'sendBack'; kind: 'submitted' | 'sent_back'; note: string },
  expectedVersion: number | undefined,
): Promise<Article> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    await requireStep(trx, ctx, step.step, current);
    if (expectedVersion !== undefined && expectedVersion !== current.version)
      throw staleVersion(current, expectedVersion);
    const iso = ctx.now.toISOString();
    const next: Article = {
      ...current,
      status: WORKFLOW[step.step].to ?? current.status,
      publishAt: null,
      modifiedAt: iso,
      version: current.version + 1,
    };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError('conflict', 'The article was changed by someone else while saving', 'version');
    }
    if (step.note || step.kind === 'submitted') {
      await insertNote(trx, {
        id: newId(),
        articleId: id,
        kind: step.kind,
        text: step.note,
        createdAt: iso,
        createdBy: ctx.actor.id,
      });
    }
    await recordRevision(trx, ctx, id, step.kind, snapshotOf(next));
    return next;
  });
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

/**
 * Brings back an old revision's content as a new revision: the workflow's `restore` step,
 * which lands like an edit (on a scheduled or published article it applies for those who may
 * publish, else it waits as the pending revision).
 */
export async function restoreRevision(
  ctx: CommandContext,
  id: string,
  number: number,
  options: { hold?: boolean | undefined } = {},
): Promise<Article> {
  const revision = await findRevision(ctx.db, id, number);
  if (!revision) throw new DomainError('not_found', `Article ${id} has no revision ${number}`);
  const old = revision.snapshot;
  return updateArticle(
    ctx,
    id,
    {
      type: old.type,
      section: old.sectionSlug,
      headline: old.headline,
      lead: old.lead,
      kicker: old.kicker,
      dateline: old.dateline,
      body: old.body,
      hero: old.hero,
      authors: old.authors,
      topics: old.topics,
      source: old.source,
    },
    { hold: options.hold, revisionKind: 'restored', restoredFrom: number },
  );
}

/**
 * Publishes an article now (a scheduled one as the desk approved it; a held edit stays held).
 * Publishing a published article changes nothing.
 */
export async function publishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.publish');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    if (current.status === 'published') return current;
    await requireStep(trx, ctx, 'publish', current);
    assertPublishable(current);
    const next: Article = {
      ...current,
      status: 'published',
      publishAt: null,
      ...publishTimes(current, ctx.now),
      modifiedAt: ctx.now.toISOString(),
      version: current.version + 1,
    };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while publishing',
        'version',
      );
    }
    await indexArticle(trx, next);
    await recordRevision(trx, ctx, id, 'published', snapshotOf(next));
    return next;
  });
}

/** Takes an article off the reader site; its URL answers 404 (later 410) until republished. */
export async function unpublishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.unpublish');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    // Nothing to take off the site: answered as it is, as before.
    if (current.status === 'unpublished' || current.status === 'draft') return current;
    await requireStep(trx, ctx, 'unpublish', current);
    const next: Article = {
      ...current,
      status: 'unpublished',
      publishAt: null,
      modifiedAt: ctx.now.toISOString(),
      version: current.version + 1,
    };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while unpublishing',
        'version',
      );
    }
    await unindexArticle(trx, id);
    await recordRevision(trx, ctx, id, 'unpublished', snapshotOf(next));
    return next;
  });
}

/**
 * Publishes every scheduled article whose time has come, once each, also when several
 * instances run this at the same moment. Answers the ids it published. It publishes the
 * stored version, the one the desk scheduled: an edit held for review stays held.
 */
export async function publishDueArticles(db: Db, now: Date): Promise<string[]> {
  const published: string[] = [];
  for (const id of await dueScheduledIds(db, now)) {
    const done = await db.transaction().execute(async (trx) => {
      const current = await findArticle(trx, id);
      // Checked again inside the transaction: it may have been rescheduled or sent back since.
      if (!current || !isDue(current, now)) return false;
      const next: Article = {
        ...current,
        status: 'published',
        publishAt: null,
        ...publishTimes(current, now),
        modifiedAt: now.toISOString(),
        version: current.version + 1,
      };
      const written = await writeArticle(trx, next, current.version);
      if (written) {
        await indexArticle(trx, next);
        await insertRevision(trx, {
          id: newId(),
          articleId: id,
          kind: 'published',
          snapshot: snapshotOf(next),
          createdAt: now.toISOString(),
          createdBy: null,
        });
      }
      return written;
    });
    if (done) published.push(id);
  }
  return published;
}
