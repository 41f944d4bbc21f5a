/**
 * A comment thread's page: where it lives (an article's comments or a debate) and a page of
 * its approved comments, threaded.
 * @example const page = await loadThreadPage(db, { kind: 'debate', id }, 1, now); threadPagePath('en', ref);
 */
import {
  type CommentNode,
  isThreadOpen,
  nestReplies,
  type Thread,
  type ThreadRef,
} from '../../domain/comments.js';
import type { Db } from '../../storage/db.js';
import { approvedThreadPage, countApproved, debatePath, findThread } from '../../storage/repos/comments.js';

/** Top-level comments on a page of a thread. */
export const THREAD_PAGE_SIZE = 20;

/** The page a thread is read and written on. */
export function threadPagePath(language: string, ref: ThreadRef): string {
  return ref.kind === 'debate' ? debatePath({ language, id: ref.id }) : `/${language}/comments/${ref.id}`;
}

/** A page of a thread, as its page and the API show it. */
export interface ThreadPage {
  thread: Thread;
  open: boolean;
  count: number;
  nodes: CommentNode[];
  page: number;
  nextPage: number | null;
}

/** A page of a thread's approved comments, threaded; null when there is no such thread. */
export async function loadThreadPage(
  db: Db,
  ref: ThreadRef,
  page: number,
  now: Date,
): Promise<ThreadPage | null> {
  const thread = await findThread(db, ref);
  if (!thread) return null;
  if (thread.opensAt && Date.parse(thread.opensAt) > now.getTime()) return null;
  const [found, count] = await Promise.all([
    approvedThreadPage(db, ref, { limit: THREAD_PAGE_SIZE, offset: (page - 1) * THREAD_PAGE_SIZE }),
    countApproved(db, ref),
  ]);
  return {
    thread,
    open: isThreadOpen(thread, now),
    count,
    nodes: nestReplies(found.comments, found.replies),
    page,
    nextPage: page * THREAD_PAGE_SIZE < found.topLevel ? page + 1 : null,
  };
}
