/**
 * Debates: a journalist's question to the readers of one language (or, multilingual, of every
 * language: ADR 0027), created, edited (its language stays) and closed; the policy is checked here, so pages and API refuse alike.
 * @example const debate = await createDebate(ctx, { language: 'en', question: 'Should the city ban cars?', intro: '' });
 */
import {
  cleanCommentText,
  type Debate,
  debateState,
  MAX_INTRO_LENGTH,
  MAX_QUESTION_LENGTH,
} from '../domain/comments.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { newId } from '../lib/ids.js';
import { findDebate, insertDebate, updateDebate } from '../storage/repos/debates.js';
import { authorize, type CommandContext } from './context.js';

/** What a journalist writes when creating or editing a debate. */
export interface DebateInput {
  question: string;
  intro: string;
  mode?: Debate['mode'] | undefined;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
  /** Readers of every language take part (ADR 0027); unchanged when absent on an edit, off on a new debate. */
  multilingual?: boolean | undefined;
}

/** A time given as text, or a validation error naming the field. */
export function instantOf(field: string, value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw invalid(field, 'This is not a date and time');
  return new Date(time).toISOString();
}

/** The checked fields of a debate; opening defaults to `now`. */
function checkDebate(input: DebateInput, now: Date) {
  const question = input.question.trim();
  if (!question) throw invalid('question', 'A debate needs a question');
  if ([...question].length > MAX_QUESTION_LENGTH) throw invalid('question', 'The question is too long');
  const intro = cleanCommentText(input.intro);
  if ([...intro].length > MAX_INTRO_LENGTH) throw invalid('intro', 'The introduction is too long');
  const opensAt = input.opensAt ? instantOf('opensAt', input.opensAt) : now.toISOString();
  const closesAt = input.closesAt ? instantOf('closesAt', input.closesAt) : null;
  if (closesAt && closesAt <= opensAt) throw invalid('closesAt', 'A debate closes after it opens');
  return { question, intro, mode: input.mode ?? 'open', opensAt, closesAt };
}

/** Creates a standalone debate: a journalist's question to the readers of one language. */
export async function createDebate(
  ctx: CommandContext,
  input: DebateInput & { language: Language },
): Promise<Debate> {
  authorize(ctx.actor, 'debate.create');
  const debate: Debate = {
    id: newId(),
    language: input.language,
    ...checkDebate(input, ctx.now),
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.actor.id,
    multilingual: input.multilingual ?? false,
  };
  await insertDebate(ctx.db, debate);
  return debate;
}

/**
 * Changes a debate's question, introduction, mode and dates. Its language stays: its
 * comments were written in it. Answers the debate as it is now.
 */
export async function editDebate(ctx: CommandContext, id: string, input: DebateInput): Promise<Debate> {
  authorize(ctx.actor, 'debate.create');
  const existing = await findDebate(ctx.db, id);
  if (!existing) throw new DomainError('not_found', `No debate with id ${id}`);
  // A debate that has opened keeps its opening time unless a new one is given.
  const fields = checkDebate({ ...input, opensAt: input.opensAt || existing.opensAt }, ctx.now);
  const debate = { ...existing, ...fields, multilingual: input.multilingual ?? existing.multilingual };
  await updateDebate(ctx.db, debate);
  return debate;
}

/** Closes a debate now (a debate already closed keeps its closing time). */
export async function closeDebate(ctx: CommandContext, id: string): Promise<Debate> {
  authorize(ctx.actor, 'debate.create');
  const existing = await findDebate(ctx.db, id);
  if (!existing) throw new DomainError('not_found', `No debate with id ${id}`);
  const state = debateState(existing, ctx.now);
  if (state === 'closed') return existing;
  const now = ctx.now.toISOString();
  // A debate that had not opened yet closes before it ever opens.
  const debate = { ...existing, opensAt: state === 'scheduled' ? now : existing.opensAt, closesAt: now };
  await updateDebate(ctx.db, debate);
  return debate;
}
