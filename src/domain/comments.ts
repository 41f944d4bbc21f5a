/**
 * Comments and their threads: an article's or a debate's, each open, pre-moderated or
 * closed. A comment's text is plain text; links in it are found here and shown as links by
 * the renderers, and nothing else of it is ever markup.
 * @example commentParagraphs('See https://example.org.\n\nThanks') // two paragraphs, one link
 */
import type { ShownText } from './comment-languages.js';

export const THREAD_KINDS = ['article', 'debate'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const COMMENT_MODES = ['open', 'premoderated', 'closed'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const MAX_COMMENT_LENGTH = 5000;
export const MAX_REASON_LENGTH = 500;

export interface ThreadRef {
  kind: ThreadKind;
  id: string;
}

/** What a thread is, as the rules need it. */
export interface Thread extends ThreadRef {
  language: string;
  headline: string;
  /** The reader-site path of the article or debate page. */
  path: string;
  mode: CommentMode;
  opensAt: string | null;
  closesAt: string | null;
  /** Comments in every language, each shown translated into the reader's (ADR 0027). */
  multilingual: boolean;
}

/** Who wrote a comment: a reader, a staff member (badged), or an account that is gone. */
export type CommentAuthor =
  | { kind: 'reader'; readerId: string; name: string }
  | { kind: 'staff'; staffId: string; name: string; badge: 'journalist' | 'moderator' }
  | { kind: 'deleted' };

export interface Comment {
  id: string;
  thread: ThreadRef;
  language: string;
  parentId: string | null;
  author: CommentAuthor;
  body: string;
  status: CommentStatus;
  queueReason: string | null;
  rejectReason: string | null;
  featuredAt: string | null;
  recommendations: number;
  reports: number;
  createdAt: string;
  decidedAt: string | null;
}

/** A debate: a journalist's question to readers, asked in one language, with its own thread. */
export interface Debate {
  id: string;
  language: string;
  question: string;
  intro: string;
  mode: Exclude<CommentMode, 'closed'>;
  opensAt: string;
  closesAt: string | null;
  createdAt: string;
  createdBy: string | null;
  /** Readers of every language take part, each reading the others in their own (ADR 0027). */
  multilingual: boolean;
}

export const DEBATE_STATES = ['scheduled', 'open', 'closed'] as const;
export type DebateState = (typeof DEBATE_STATES)[number];

/** Where a debate stands at `now`: not yet open, taking comments, or closed. */
export function debateState(debate: Pick<Debate, 'opensAt' | 'closesAt'>, now: Date): DebateState {
  if (Date.parse(debate.opensAt) > now.getTime()) return 'scheduled';
  return debate.closesAt !== null && Date.parse(debate.closesAt) <= now.getTime() ? 'closed' : 'open';
}

export const MAX_QUESTION_LENGTH = 300;
export const MAX_INTRO_LENGTH = 10_000;

/** True when a thread takes new comments at `now`. */
export function isThreadOpen(thread: Pick<Thread, 'mode' | 'opensAt' | 'closesAt'>, now: Date): boolean {
  if (thread.mode === 'closed') return false;
  if (thread.opensAt !== null && Date.parse(thread.opensAt) > now.getTime()) return false;
  return thread.closesAt === null || Date.parse(thread.closesAt) > now.getTime();
}

/** The badge a staff member's comments carry: moderators speak as moderators, everyone else as journalists. */
export function badgeOf(role: string): 'journalist' | 'moderator' {
  return role === 'moderator' ? 'moderator' : 'journalist';
}

/**
 * The text as stored: NFC, Unix line ends, no control or invisible formatting characters
 * (except line breaks and tabs), at most one empty line in a row, trimmed.
 */
export function cleanCommentText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .replace(/[\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The key two texts count as "the same again" by: case, spacing and punctuation folded. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A piece of a paragraph: plain text, a line break, or a link (http and https only). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'link'; href: string; text: string };

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;

/** The links a text holds, as `commentParagraphs` would make them. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(LINK)].map((m) => trimLink(m[0])).filter((l) => l.length > 0);
}

/** Drops punctuation that ends a sentence rather than the address (and an unmatched ")"). */
function trimLink(raw: string): string {
  let link = raw.replace(/[.,;:!?…»”’]+$/u, '');
  while (link.endsWith(')') && (link.match(/\(/g)?.length ?? 0) < (link.match(/\)/g)?.length ?? 0)) {
    link = link.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  }
  return link;
}

/** The address a link points to, or null when it is not a well-formed http(s) address. */
function hrefOf(link: string): string | null {
  try {
    const url = new URL(/^www\./i.test(link) ? `https://${link}` : link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits a stored comment into paragraphs (at empty lines) of text, line breaks and links. */
export function commentParagraphs(text: string): Segment[][] {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((paragraph) => {
      const segments: Segment[] = [];
      const lines = paragraph.split('\n');
      lines.forEach((line, index) => {
        if (index > 0) segments.push({ kind: 'break' });
        let at = 0;
        for (const match of line.matchAll(LINK)) {
          const link = trimLink(match[0]);
          const href = hrefOf(link);
          const start = match.index ?? 0;
          if (!href || link.length === 0) continue;
          if (start > at) segments.push({ kind: 'text', text: line.slice(at, start) });
          segments.push({ kind: 'link', href, text: link });
          at = start + link.length;
        }
        if (at < line.length) segments.push({ kind: 'text', text: line.slice(at) });
      });
      return segments;
    });
}

/** A comment with the replies below it, as threads are shown. */
export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
  /** What the reader is shown of it in a multilingual thread; absent: as written. */
  shown?: ShownText;
}

/**
 * Hangs replies below the comments they answer (any depth, order kept); a reply whose
 * parent is not among them is left out, so nothing shows out of its context.
 */
export function nestReplies(topLevel: readonly Comment[], replies: readonly Comment[]): CommentNode[] {
  const children = new Map<string, Comment[]>();
  for (const reply of replies) {
    if (!reply.parentId) continue;
    const list = children.get(reply.parentId) ?? [];
    list.push(reply);
    children.set(reply.parentId, list);
  }
  const seen = new Set<string>();
  const node = (comment: Comment): CommentNode => {
    seen.add(comment.id);
    return {
      comment,
      replies: (children.get(comment.id) ?? []).filter((c) => !seen.has(c.id)).map(node),
    };
  };
  return topLevel.map(node);
}
