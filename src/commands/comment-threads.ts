/**
 * The steps the reader site and the readers API share on a comment thread: reading a page of
 * its approved comments (in a multilingual thread, with what the reader is shown of each in
 * their language), and posting to it (the reader pages are cached, so a comment readers
 * can see at once clears that cache).
 * @example const page = await loadThreadPage(db, { kind: 'debate', id }, 1, now)
 */

import { shownText } from '../domain/comment-languages.js';
import {
  type Comment,
  type CommentNode,
  isThreadOpen,
  nestReplies,
  type Thread,
  type ThreadRef,
} from '../domain/comments.js';
import { isLanguage, type Language } from '../domain/languages.js';
import type { Db } from '../storage/db.js';
import { findThread } from '../storage/repos/comment-threads.js';
import { translationsInto } from '../storage/repos/comment-translations.js';
import { approvedThreadPage, countApproved } from '../storage/repos/comments.js';
import { type CommentInput, postComment, type Writer } from './comments.js';

export const THREAD_PAGE_SIZE = 20;

export interface ThreadPage {
  thread: Thread;
  open: boolean;
  count: number;
  nodes: CommentNode[];
  page: number;
  nextPage: number | null;
}

/**
 * A page of a thread's approved comments, threaded; null when there is no such thread. In a
 * multilingual thread each comment says what a reader of `readerLanguage` is shown of it
 * (translated, or as written while its translation is not there).
 */
export async function loadThreadPage(
  db: Db,
  ref: ThreadRef,
  page: number,
  now: Date,
  readerLanguage?: Language,
): Promise<ThreadPage | null> {
  const thread = await findThread(db, ref);
  if (!thread) return null;
  if (thread.opensAt && Date.parse(thread.opensAt) > now.getTime()) return null;
  const [found, count] = await Promise.all([
    approvedThreadPage(db, ref, { limit: THREAD_PAGE_SIZE, offset: (page - 1) * THREAD_PAGE_SIZE }),
    countApproved(db, ref),
  ]);
  const nodes = nestReplies(found.comments, found.replies);
  const reader = readerLanguage ?? (isLanguage(thread.language) ? thread.language : null);
  if (thread.multilingual && reader) await showIn(db, nodes, reader);
  return {
    thread,
    open: isThreadOpen(thread, now),
    count,
    nodes,
    page,
    nextPage: page * THREAD_PAGE_SIZE < found.topLevel ? page + 1 : null,
  };
}

/** Sets on every node (replies too) what a reader of `language` is shown of it. */
async function showIn(db: Db, nodes: CommentNode[], language: Language): Promise<void> {
  const all: CommentNode[] = [];
  const walk = (list: CommentNode[]) => {
    for (const node of list) {
      all.push(node);
      walk(node.replies);
    }
  };
  walk(nodes);
  const foreign = all.filter((node) => node.comment.language !== language).map((node) => node.comment.id);
  const stored = await translationsInto(db, foreign, language);
  for (const node of all) node.shown = shownText(node.comment, language, true, stored.get(node.comment.id));
}

/** Stores a comment from the API or a page; clears the page cache when readers can see it at once. */
export async function postAndPublish(
  deps: { store: { db: Db }; clock: () => Date; pageCache: { clear(): void } },
  writer: Writer,
  input: CommentInput,
): Promise<Comment> {
  const { comment } = await postComment(deps.store.db, writer, input, deps.clock());
  // Most Discussed is on cached pages; a visible comment can move it.
  if (comment.status === 'approved') deps.pageCache.clear();
  return comment;
}
