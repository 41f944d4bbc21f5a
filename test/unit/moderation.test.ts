import { describe, expect, it } from 'vitest';
import { cleanCommentText, commentParagraphs, nestReplies, textKey } from '../../src/domain/comments.js';
import {
  type CheckContext,
  CommentRefused,
  containsWord,
  DEFAULT_MODERATION,
  moderate,
  newCommenter,
  noBannedWords,
  notBarred,
  notEmptyNorTooLong,
  notRepeated,
  notTooManyLinks,
  premoderatedThread,
  suspectWordsToQueue,
  threadOpen,
  withinRate,
} from '../../src/domain/moderation.js';
import { checkDisplayName, nameKey } from '../../src/domain/readers.js';

const now = new Date('2026-11-20T12:00:00Z');

/** A context in which every check passes and the comment is approved. */
function context(overrides: Partial<CheckContext> = {}): CheckContext {
  const body = overrides.body ?? 'A thoughtful comment.';
  return {
    body,
    bodyKey: textKey(body),
    thread: { mode: 'open', opensAt: null, closesAt: null },
    reader: { bannedAt: null, suspendedUntil: null, approvedComments: 5 },
    words: { banned: [], suspect: [] },
    recentKeys: [],
    rate: { allowed: true, retryAfterSeconds: 0 },
    settings: DEFAULT_MODERATION,
    now,
    ...overrides,
  };
}

describe('moderation checks, one by one', () => {
  it('refuses an empty comment and one that is too long', () => {
    const settings = DEFAULT_MODERATION;
    expect(notEmptyNorTooLong.run({ body: '', settings })).toEqual({ kind: 'refuse', reason: 'empty' });
    expect(notEmptyNorTooLong.run({ body: 'x'.repeat(settings.maxLength + 1), settings })).toEqual({
      kind: 'refuse',
      reason: 'tooLong',
    });
    expect(notEmptyNorTooLong.run({ body: 'x'.repeat(settings.maxLength), settings })).toBeNull();
  });

  it('refuses a comment on a closed thread, or one past its closing date', () => {
    expect(threadOpen.run({ thread: { mode: 'closed', opensAt: null, closesAt: null }, now })).toEqual({
      kind: 'refuse',
      reason: 'closed',
    });
    const closed = { mode: 'open' as const, opensAt: null, closesAt: '2026-11-20T11:59:59Z' };
    expect(threadOpen.run({ thread: closed, now })?.kind).toBe('refuse');
    const later = { mode: 'open' as const, opensAt: null, closesAt: '2026-11-21T00:00:00Z' };
    expect(threadOpen.run({ thread: later, now })).toBeNull();
    const notYet = { mode: 'open' as const, opensAt: '2026-11-21T00:00:00Z', closesAt: null };
    expect(threadOpen.run({ thread: notYet, now })?.kind).toBe('refuse');
  });

  it('refuses banned words and queues suspect ones, whole words only, per language list', () => {
    const words = { banned: ['idiot'], suspect: ['scam'] };
    expect(noBannedWords.run({ body: 'You IDIOT!', words })).toEqual({
      kind: 'refuse',
      reason: 'bannedWords',
    });
    expect(noBannedWords.run({ body: 'Idiotic plan', words })).toBeNull();
    expect(suspectWordsToQueue.run({ body: 'This is a scam.', words })).toEqual({
      kind: 'queue',
      reason: 'suspectWords',
    });
    expect(containsWord('这是骗局吗', '骗局')).toBe(true);
  });

  it('refuses too many links', () => {
    const settings = DEFAULT_MODERATION;
    const two = 'See https://a.example and www.b.example';
    expect(notTooManyLinks.run({ body: two, settings })).toBeNull();
    expect(notTooManyLinks.run({ body: `${two} and http://c.example`, settings })).toEqual({
      kind: 'refuse',
      reason: 'tooManyLinks',
    });
  });

  it('refuses the same text again, whatever the case and punctuation', () => {
    const recentKeys = [textKey('Vote NO on this!')];
    expect(notRepeated.run({ bodyKey: textKey('vote no on this'), recentKeys })).toEqual({
      kind: 'refuse',
      reason: 'repeated',
    });
    expect(notRepeated.run({ bodyKey: textKey('vote yes'), recentKeys })).toBeNull();
  });

  it('queues comments of new commenters until enough are approved, and on pre-moderated threads', () => {
    const settings = DEFAULT_MODERATION;
    const reader = (approvedComments: number) => ({ bannedAt: null, suspendedUntil: null, approvedComments });
    expect(newCommenter.run({ reader: reader(0), settings })).toEqual({
      kind: 'queue',
      reason: 'newCommenter',
    });
    expect(newCommenter.run({ reader: reader(settings.trustedAfter), settings })).toBeNull();
    expect(
      premoderatedThread.run({ thread: { mode: 'premoderated', opensAt: null, closesAt: null } })?.kind,
    ).toBe('queue');
  });

  it('refuses a reader over the rate limit, with the time to wait', () => {
    expect(withinRate.run({ rate: { allowed: false, retryAfterSeconds: 42 } })).toEqual({
      kind: 'refuse',
      reason: 'rateLimited',
      retryAfterSeconds: 42,
    });
    expect(withinRate.run({ rate: { allowed: true, retryAfterSeconds: 0 } })).toBeNull();
  });

  it('refuses banned readers, and suspended ones until their suspension ends', () => {
    const base = { approvedComments: 9, bannedAt: null, suspendedUntil: null };
    expect(notBarred.run({ reader: { ...base, bannedAt: '2026-01-01T00:00:00Z' }, now })).toEqual({
      kind: 'refuse',
      reason: 'banned',
    });
    expect(notBarred.run({ reader: { ...base, suspendedUntil: '2026-11-21T00:00:00Z' }, now })?.kind).toBe(
      'refuse',
    );
    expect(notBarred.run({ reader: { ...base, suspendedUntil: '2026-11-19T00:00:00Z' }, now })).toBeNull();
  });
});

describe('the checks in order', () => {
  it('approves a comment every check lets through', () => {
    expect(moderate(context())).toEqual({ kind: 'approve' });
  });

  it('stops at the first refusal, even after a check that queued', () => {
    const outcome = moderate(
      context({ body: 'A scam by an idiot', words: { banned: ['idiot'], suspect: ['scam'] } }),
    );
    expect(outcome).toEqual({ kind: 'refuse', reason: 'bannedWords' });
  });

  it('collects every reason to queue', () => {
    const outcome = moderate(
      context({
        thread: { mode: 'premoderated', opensAt: null, closesAt: null },
        reader: { bannedAt: null, suspendedUntil: null, approvedComments: 0 },
      }),
    );
    expect(outcome).toEqual({ kind: 'queue', reasons: ['premoderated', 'newCommenter'] });
  });

  it('answers a refusal as an error with the status code of its kind', () => {
    expect(new CommentRefused('rateLimited', 9)).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 9,
    });
    expect(new CommentRefused('empty')).toMatchObject({ code: 'validation_failed', field: 'body' });
    expect(new CommentRefused('closed').code).toBe('conflict');
  });
});

describe('comment text', () => {
  it('keeps paragraphs and makes only http(s) links clickable', () => {
    const text = cleanCommentText(
      'Read https://example.org/a_(b). Then\r\nthis.\n\n\n\njavascript:alert(1) www.x.example',
    );
    expect(commentParagraphs(text)).toEqual([
      [
        { kind: 'text', text: 'Read ' },
        { kind: 'link', href: 'https://example.org/a_(b)', text: 'https://example.org/a_(b)' },
        { kind: 'text', text: '. Then' },
        { kind: 'break' },
        { kind: 'text', text: 'this.' },
      ],
      [
        { kind: 'text', text: 'javascript:alert(1) ' },
        { kind: 'link', href: 'https://www.x.example/', text: 'www.x.example' },
      ],
    ]);
  });

  it('drops invisible direction overrides and control characters', () => {
    expect(cleanCommentText('a\u202eb\u0000c\u200b')).toBe('abc');
  });

  it('hangs replies below their comments and leaves out replies without a shown parent', () => {
    const c = (id: string, parentId: string | null) =>
      ({ id, parentId }) as unknown as Parameters<typeof nestReplies>[0][number];
    const tree = nestReplies([c('a', null)], [c('b', 'a'), c('c', 'b'), c('d', 'zz')]);
    expect(
      tree.map((n) => [
        n.comment.id,
        n.replies.map((r) => [r.comment.id, r.replies.map((x) => x.comment.id)]),
      ]),
    ).toEqual([['a', [['b', ['c']]]]]);
  });
});

describe('display names', () => {
  it('folds look-alikes, width, case and accents to one key', () => {
    expect(nameKey('Ａｄａ')).toBe(nameKey('ada'));
    expect(nameKey('Аdа')).toBe(nameKey('Ada')); // Cyrillic а
    expect(nameKey('Adа L.')).toBe(nameKey('ada_l'));
    expect(nameKey('Zoë')).toBe(nameKey('Zoe'));
    expect(nameKey('Ma\u200brie')).toBe(nameKey('Marie'));
  });

  it('refuses names reserved for the newsroom and staff members’ names', () => {
    expect(() => checkDisplayName('Shortwave News', [])).toThrow(/reserved/);
    expect(() => checkDisplayName('M0DERAT0R', [])).toThrow(/reserved/);
    expect(() => checkDisplayName('The Editor', [])).toThrow(/reserved/);
    expect(() => checkDisplayName('ShortwaveNews', [])).toThrow(/reserved/);
    expect(() => checkDisplayName('admin 2', [])).toThrow(/reserved/);
    // Ordinary names that merely contain such a word are free.
    expect(checkDisplayName('Badminton Fan', [])).toBe('Badminton Fan');
    expect(checkDisplayName('Staffan Berg', [])).toBe('Staffan Berg');
    expect(() => checkDisplayName('Jane Dое', ['Jane Doe'])).toThrow(/reserved/);
    expect(checkDisplayName('  Jane   Smith ', ['Jane Doe'])).toBe('Jane Smith');
    expect(checkDisplayName('李小龙', [])).toBe('李小龙');
  });

  it('refuses markup characters and too short names', () => {
    expect(() => checkDisplayName('<script>', [])).toThrow();
    expect(() => checkDisplayName('a', [])).toThrow();
  });
});
