/**
 * The editorial workflow as one table: the steps an article can take, the states each starts
 * from, the policy action it needs from each, and what an edit of the text does in each
 * state. Every path that changes an article (API, newsroom pages, the scheduled job, restoring
 * a revision, front-page pins, translations) asks `checkStep` and `editEffect`, never its own ifs.
 *
 * Who owns an article: the staff member who created it, and staff whose author profile is
 * among its authors (bylines). Staff accounts and author profiles have no column linking them;
 * a profile counts as a staff member's own when its contact email is their login email (only
 * the desk edits author profiles, so nobody links themselves). Changing an article one does not
 * own needs `article.update_any` (editors and admins).
 * @example checkStep('reschedule', { role: 'contributor' }, { status: 'scheduled' }, true) // { kind: 'refuse', reason: 'role' }
 */
import type { ArticleStatus } from './article.js';
import { type Action, can, type Role } from './policy.js';

export const STEPS = [
  'edit',
  'submit',
  'sendBack',
  'toDraft',
  'schedule',
  'reschedule',
  'publish',
  'unpublish',
  'publishPending',
  'discardPending',
  'restore',
  'pin',
  'translate',
] as const;
export type Step = (typeof STEPS)[number];

interface StepRule {
  /** The states the step starts from, each with the action it needs there. */
  from: Partial<Record<ArticleStatus, Action>>;
  /** Where it leads; null: the status stays. */
  to: ArticleStatus | null;
  /** True when it changes the article itself: someone who does not own it needs `article.update_any`. */
  changesArticle: boolean;
}

const everywhere = (action: Action): Record<ArticleStatus, Action> => ({
  draft: action,
  in_review: action,
  scheduled: action,
  published: action,
  unpublished: action,
});

/** The workflow table. A state missing from `from` means the step cannot start there (409). */
export const WORKFLOW: Record<Step, StepRule> = {
  /** Changing the text and fields; see EDITS for whether it applies or waits for review. */
  edit: { from: everywhere('article.update'), to: null, changesArticle: true },
  submit: {
    from: { draft: 'article.update', unpublished: 'article.update' },
    to: 'in_review',
    changesArticle: true,
  },
  sendBack: {
    from: { in_review: 'article.review', scheduled: 'article.review' },
    to: 'draft',
    changesArticle: true,
  },
  /** A writer may take back what is not approved yet; what the desk approved goes back only by the desk. */
  toDraft: {
    from: {
      in_review: 'article.update',
      unpublished: 'article.update',
      scheduled: 'article.review',
      published: 'article.unpublish',
    },
    to: 'draft',
    changesArticle: true,
  },
  schedule: {
    from: { draft: 'article.publish', in_review: 'article.publish', unpublished: 'article.publish' },
    to: 'scheduled',
    changesArticle: true,
  },
  /** A new publishAt for a scheduled article: as much a decision to publish as scheduling it. */
  reschedule: { from: { scheduled: 'article.publish' }, to: 'scheduled', changesArticle: true },
  publish: {
    from: {
      draft: 'article.publish',
      in_review: 'article.publish',
      scheduled: 'article.publish',
      unpublished: 'article.publish',
    },
    to: 'published',
    changesArticle: true,
  },
  unpublish: {
    from: { scheduled: 'article.unpublish', published: 'article.unpublish' },
    to: 'unpublished',
    changesArticle: true,
  },
  /** The held edit replaces the approved version (which stays scheduled or published). */
  publishPending: {
    from: { scheduled: 'article.publish', published: 'article.publish' },
    to: null,
    changesArticle: true,
  },
  /** Dropping a held edit, in whatever state the article has come to since. */
  discardPending: { from: everywhere('article.review'), to: null, changesArticle: true },
  /** Brings back an old revision's text: an edit like any other, so EDITS decides where it lands. */
  restore: { from: everywhere('article.restore'), to: null, changesArticle: true },
  /** Only what readers can see goes on a front page. */
  pin: { from: { published: 'frontpage.manage' }, to: null, changesArticle: false },
  /** A new language version of the story: a new draft of the translator's own. */
  translate: { from: everywhere('article.create'), to: null, changesArticle: false },
};

/**
 * What an edit of the text does in each state when made by someone who may not publish
 * (`writer`): applied to the article, or held as its pending revision for the desk. Someone
 * who may publish applies it, or holds it on request where `holdable`.
 */
export const EDITS: Record<ArticleStatus, { writer: 'apply' | 'hold'; holdable: boolean }> = {
  draft: { writer: 'apply', holdable: false },
  in_review: { writer: 'apply', holdable: false },
  /** The version the desk scheduled is what goes out; a writer's change waits for review. */
  scheduled: { writer: 'hold', holdable: true },
  published: { writer: 'hold', holdable: true },
  unpublished: { writer: 'apply', holdable: false },
};

export type StepRefusal = 'state' | 'role' | 'notOwner';
export type StepVerdict = { kind: 'allow' } | { kind: 'refuse'; reason: StepRefusal; action?: Action };

/** Whether `actor` may take `step` on an article in `article.status`, given whether they own it. */
export function checkStep(
  step: Step,
  actor: { role: Role },
  article: { status: ArticleStatus },
  owned: boolean,
): StepVerdict {
  const rule = WORKFLOW[step];
  const action = rule.from[article.status];
  if (!action) {
    // Someone who may not take the step from any state is refused for that, not for the state.
    const someone = Object.values(rule.from).some((a) => can(actor, a));
    return { kind: 'refuse', reason: someone ? 'state' : 'role' };
  }
  if (!can(actor, action)) return { kind: 'refuse', reason: 'role', action };
  if (rule.changesArticle && !owned && !can(actor, 'article.update_any'))
    return { kind: 'refuse', reason: 'notOwner' };
  return { kind: 'allow' };
}

/**
 * What an edit of the text does (`restore` is one too): refused (as `checkStep` says),
 * applied, or held as the pending revision (EDITS).
 */
export function editEffect(
  actor: { role: Role },
  article: { status: ArticleStatus },
  owned: boolean,
  askedToHold: boolean,
  step: 'edit' | 'restore' = 'edit',
): { kind: 'apply' } | { kind: 'hold' } | Extract<StepVerdict, { kind: 'refuse' }> {
  const verdict = checkStep(step, actor, article, owned);
  if (verdict.kind === 'refuse') return verdict;
  const rule = EDITS[article.status];
  if (!can(actor, 'article.publish')) return { kind: rule.writer };
  return { kind: askedToHold && rule.holdable ? 'hold' : 'apply' };
}

/**
 * The step a change of `status` or `publishAt` asks for, or null when it asks for none (the
 * same status; a publishAt that only matters once scheduled).
 */
export function requestedStep(
  current: { status: ArticleStatus; publishAt: string | null },
  change: { status?: 'draft' | 'scheduled' | 'published' | undefined; publishAt?: string | null | undefined },
): Step | null {
  const status = change.status ?? current.status;
  if (status !== current.status) {
    return status === 'draft' ? 'toDraft' : status === 'scheduled' ? 'schedule' : 'publish';
  }
  if (status !== 'scheduled' || change.publishAt === undefined) return null;
  const same =
    change.publishAt !== null &&
    current.publishAt !== null &&
    Date.parse(change.publishAt) === Date.parse(current.publishAt);
  return same ? null : 'reschedule';
}

/** True when the staff member owns the article: created it, or has an author profile among its authors. */
export function ownsArticle(
  article: { createdBy: string | null; authors: readonly string[] },
  actor: { id: string },
  ownAuthorSlugs: readonly string[],
): boolean {
  return article.createdBy === actor.id || article.authors.some((slug) => ownAuthorSlugs.includes(slug));
}

/**
 * The scheduled-publishing job's one step: publish, from scheduled, once publishAt has come.
 * It publishes the stored (approved) version; a held edit stays held.
 */
export function isDue(article: { status: ArticleStatus; publishAt: string | null }, now: Date): boolean {
  return (
    article.status === 'scheduled' &&
    article.publishAt !== null &&
    Date.parse(article.publishAt) <= now.getTime()
  );
}

/** The English message of a refused step, for the API and the newsroom's error page. */
export function refusalMessage(
  step: Step,
  status: ArticleStatus,
  verdict: { reason: StepRefusal; action?: Action },
): string {
  switch (verdict.reason) {
    case 'state':
      return `An article that is ${status.replace('_', ' ')} cannot take the step ${step}`;
    case 'role':
      return `Your role may not ${STEP_VERBS[step]} an article that is ${status.replace('_', ' ')} (it needs ${verdict.action})`;
    case 'notOwner':
      return `Only the authors of this article and the desk may ${STEP_VERBS[step]} it`;
  }
}

const STEP_VERBS: Record<Step, string> = {
  edit: 'edit',
  submit: 'submit',
  sendBack: 'send back',
  toDraft: 'move back to draft',
  schedule: 'schedule',
  reschedule: 'change the publication time of',
  publish: 'publish',
  unpublish: 'unpublish',
  publishPending: 'publish the held edit of',
  discardPending: 'discard the held edit of',
  restore: 'restore a revision of',
  pin: 'pin',
  translate: 'translate',
};
