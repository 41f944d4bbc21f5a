/**
 * The steps the reader site and the readers API share on a comment thread: reading a page of
 * its approved comments, and posting to it (the reader pages are cached, so a comment readers
 * can see at once clears that cache).
 * @example const page = await loadThreadPage(db, { kind: 'debate', id }, 1, now)
 */
import {
  type Comment,
  type CommentNode,
  isThreadOpen,
  nestReplies,
  type Thread,
  type ThreadRef,
} from '../domain/comments.js';
import type { Db } from '../storage/db.js';
import { findThread } from '../storage/repos/comment-threads.js';
import { approvedThreadPage, countApproved } from '../storage/repos/comments.js';
import { postComment, type Writer } from './comments.js';

export const THREAD_PAGE_SIZE = 20;

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

/** Stores a comment from the API or a page; clears the page cache when readers can see it at once. */
export async function postAndPublish(
  deps: { store: { db: Db }; clock: () => Date; pageCache: { clear(): void } },
  writer: Writer,
  input: { thread: ThreadRef; body: string; parentId?: string | null | undefined },
): Promise<Comment> {
  const { comment } = await postComment(deps.store.db, writer, input, deps.clock());
  // Most Discussed is on cached pages; a visible comment can move it.
  if (comment.status === 'approved') deps.pageCache.clear();
  return comment;
}
