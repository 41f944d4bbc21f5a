/**
 * Moderation of a new comment: an ordered list of small checks. Each takes only what it
 * needs, and answers nothing (go on), "queue" (a moderator decides; later checks still run,
 * as one of them may refuse), or "refuse" (stop: the comment is not stored and the writer
 * is told why). Every refusal reason maps to the message key `readers.refusal.<reason>`.
 * @example moderate(context) // { kind: 'approve' } | { kind: 'queue', reasons } | { kind: 'refuse', reason }
 */
import { isThreadOpen, linksIn, MAX_COMMENT_LENGTH, type Thread } from './comments.js';
import { DomainError, type ErrorCode } from './errors.js';
import { isBarred } from './readers.js';

export const REFUSAL_REASONS = [
  'banned',
  'suspended',
  'rateLimited',
  'empty',
  'tooLong',
  'closed',
  'bannedWords',
  'tooManyLinks',
  'repeated',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const QUEUE_REASONS = ['suspectWords', 'premoderated', 'newCommenter', 'reported'] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];

export type Verdict =
  | { kind: 'refuse'; reason: RefusalReason; retryAfterSeconds?: number }
  | { kind: 'queue'; reason: QueueReason }
  | null;

/** The settings of comment moderation, all in one place. */
export interface ModerationSettings {
  maxLength: number;
  maxLinks: number;
  /** A reader's comments go to the queue until this many of theirs have been approved. */
  trustedAfter: number;
  /** Comments per reader and window: enough for a conversation, not for a flood. */
  rate: { limit: number; windowSeconds: number };
  /** How far back "the same text again" looks. */
  repeatWindowMs: number;
}

export const DEFAULT_MODERATION: ModerationSettings = {
  maxLength: MAX_COMMENT_LENGTH,
  maxLinks: 2,
  trustedAfter: 2,
  rate: { limit: 5, windowSeconds: 60 },
  repeatWindowMs: 24 * 3600_000,
};

/** Everything the checks look at, gathered by the use case before they run. */
export interface CheckContext {
  /** The comment's text, already cleaned (`cleanCommentText`). */
  body: string;
  thread: Pick<Thread, 'mode' | 'opensAt' | 'closesAt'>;
  reader: { bannedAt: string | null; suspendedUntil: string | null; approvedComments: number };
  /** Word lists of the thread's language. */
  words: { banned: readonly string[]; suspect: readonly string[] };
  /** `textKey`s of the writer's recent comments. */
  recentKeys: readonly string[];
  bodyKey: string;
  /** The writer's hit on the comment rate limit. */
  rate: { allowed: boolean; retryAfterSeconds: number };
  settings: ModerationSettings;
  now: Date;
}

type Check<K extends keyof CheckContext> = {
  name: string;
  run(context: Pick<CheckContext, K>): Verdict;
};

/** True when `text` holds `word` as a whole word (or, for scripts without spaces, anywhere). */
export function containsWord(text: string, word: string): boolean {
  const needle = word.normalize('NFKC').toLowerCase().trim();
  if (!needle) return false;
  const haystack = text.normalize('NFKC').toLowerCase();
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(needle))
    return haystack.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

export const notBarred: Check<'reader' | 'now'> = {
  name: 'reader not banned or suspended',
  run: ({ reader, now }) => {
    if (reader.bannedAt !== null) return { kind: 'refuse', reason: 'banned' };
    if (isBarred(reader, now)) return { kind: 'refuse', reason: 'suspended' };
    return null;
  },
};

export const withinRate: Check<'rate'> = {
  name: 'per-reader rate limit',
  run: ({ rate }) =>
    rate.allowed
      ? null
      : { kind: 'refuse', reason: 'rateLimited', retryAfterSeconds: rate.retryAfterSeconds },
};

export const notEmptyNorTooLong: Check<'body' | 'settings'> = {
  name: 'not empty, not too long',
  run: ({ body, settings }) => {
    if (body.trim() === '') return { kind: 'refuse', reason: 'empty' };
    if ([...body].length > settings.maxLength) return { kind: 'refuse', reason: 'tooLong' };
    return null;
  },
};

export const threadOpen: Check<'thread' | 'now'> = {
  name: 'thread open',
  run: ({ thread, now }) => (isThreadOpen(thread, now) ? null : { kind: 'refuse', reason: 'closed' }),
};

export const noBannedWords: Check<'body' | 'words'> = {
  name: 'no banned words',
  run: ({ body, words }) =>
    words.banned.some((word) => containsWord(body, word)) ? { kind: 'refuse', reason: 'bannedWords' } : null,
};

export const notTooManyLinks: Check<'body' | 'settings'> = {
  name: 'not too many links',
  run: ({ body, settings }) =>
    linksIn(body).length > settings.maxLinks ? { kind: 'refuse', reason: 'tooManyLinks' } : null,
};

export const notRepeated: Check<'bodyKey' | 'recentKeys'> = {
  name: 'not the same text again',
  run: ({ bodyKey, recentKeys }) =>
    recentKeys.includes(bodyKey) ? { kind: 'refuse', reason: 'repeated' } : null,
};

export const suspectWordsToQueue: Check<'body' | 'words'> = {
  name: 'suspect words to the queue',
  run: ({ body, words }) =>
    words.suspect.some((word) => containsWord(body, word)) ? { kind: 'queue', reason: 'suspectWords' } : null,
};

export const premoderatedThread: Check<'thread'> = {
  name: 'pre-moderated thread',
  run: ({ thread }) => (thread.mode === 'premoderated' ? { kind: 'queue', reason: 'premoderated' } : null),
};

export const newCommenter: Check<'reader' | 'settings'> = {
  name: 'new commenters pre-moderated',
  run: ({ reader, settings }) =>
    reader.approvedComments < settings.trustedAfter ? { kind: 'queue', reason: 'newCommenter' } : null,
};

/**
 * The checks, in the order they run. Who may write comes first (cheap, and a banned reader
 * learns nothing else), then the text, then what only sends a comment to the queue.
 */
export const CHECKS = [
  notBarred,
  withinRate,
  notEmptyNorTooLong,
  threadOpen,
  noBannedWords,
  notTooManyLinks,
  notRepeated,
  suspectWordsToQueue,
  premoderatedThread,
  newCommenter,
] as const;

export type Outcome =
  | { kind: 'approve' }
  | { kind: 'queue'; reasons: QueueReason[] }
  | { kind: 'refuse'; reason: RefusalReason; retryAfterSeconds?: number };

/** Runs the checks in order; the first refusal stops them. */
export function moderate(context: CheckContext): Outcome {
  const reasons: QueueReason[] = [];
  for (const check of CHECKS) {
    const verdict = (check.run as (c: CheckContext) => Verdict)(context);
    if (verdict?.kind === 'refuse') return verdict;
    if (verdict?.kind === 'queue') reasons.push(verdict.reason);
  }
  return reasons.length > 0 ? { kind: 'queue', reasons } : { kind: 'approve' };
}

/** How each refusal is answered: the error code (thus the status) and the English message of the API. */
export const REFUSALS: Record<RefusalReason, { code: ErrorCode; message: string; field?: string }> = {
  banned: { code: 'forbidden', message: 'This account may no longer comment' },
  suspended: { code: 'forbidden', message: 'This account may not comment for now' },
  rateLimited: { code: 'rate_limited', message: 'Too many comments in a short time; wait a moment' },
  empty: { code: 'validation_failed', message: 'The comment is empty', field: 'body' },
  tooLong: { code: 'validation_failed', message: 'The comment is too long', field: 'body' },
  closed: { code: 'conflict', message: 'This thread is closed for comments' },
  bannedWords: {
    code: 'validation_failed',
    message: 'The comment uses words we do not publish',
    field: 'body',
  },
  tooManyLinks: { code: 'validation_failed', message: 'The comment has too many links', field: 'body' },
  repeated: { code: 'conflict', message: 'You already posted this text', field: 'body' },
};

/** A comment the checks refused; carries its reason so pages can say it in the reader's language. */
export class CommentRefused extends DomainError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, retryAfterSeconds?: number) {
    const { code, message, field } = REFUSALS[reason];
    super(code, message, field);
    this.name = 'CommentRefused';
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
