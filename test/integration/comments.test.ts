import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mostDiscussed } from '../../src/storage/repos/most-discussed.js';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type ReaderClient, signedUpReader } from '../support/readers.js';

/** Signs a reader up through the API, confirms with the mailed token and logs in. */
const reader = signedUpReader;

interface ThreadJson {
  thread: { comments: number; mode: string; open: boolean };
  comments: Array<{
    id: string;
    body: string;
    author: { name: string | null; badge: string | null; deleted: boolean };
    featured: boolean;
    recommendations: number;
    replies: Array<{ body: string; author: { name: string | null; badge: string | null } }>;
  }>;
}

describe.each(DIALECTS)('comments on %s', (dialect) => {
  let t: TestApp;
  let article: ArticleJson;
  let ada: ReaderClient;
  let bob: ReaderClient;
  const thread = async (id = article.id) =>
    (await (await t.app.request(`/api/v1/articles/${id}/comments`)).json()) as ThreadJson;

  beforeAll(async () => {
    t = await testApp(dialect);
    article = await makeArticle(t, { headline: 'Parliament debates the budget' });
    ada = await reader(t, 'Ada Reader');
    bob = await reader(t, 'Bob Reader');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('holds a comment on a pre-moderated article until a moderator approves it, then shows a journalist reply badged', async () => {
    const mode = await t.api('moderator', 'PUT', `/api/v1/articles/${article.id}/comment-settings`, {
      mode: 'premoderated',
    });
    expect(mode.status).toBe(200);

    const posted = await ada.post(`/api/v1/articles/${article.id}/comments`, {
      body: 'A first thought.\n\nAnd a second.',
    });
    expect(posted.status).toBe(201);
    const { id, status } = (await posted.json()) as { id: string; status: string };
    expect(status).toBe('pending');
    expect((await thread()).comments).toEqual([]);

    const queue = await t.api('moderator', 'GET', '/api/v1/moderation/comments?language=en&status=pending');
    const items = ((await queue.json()) as { items: Array<{ id: string; author: { name: string } }> }).items;
    expect(items.map((i) => i.id)).toEqual([id]);
    expect(items[0]?.author.name).toBe('Ada Reader');

    expect((await t.api('contributor', 'POST', `/api/v1/comments/${id}/approve`)).status).toBe(403);
    expect((await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`)).status).toBe(200);

    const reply = await t.api('editor', 'POST', `/api/v1/articles/${article.id}/comments`, {
      body: 'Thank you, we will follow this up.',
      parentId: id,
    });
    expect(reply.status).toBe(201);
    expect(await reply.json()).toMatchObject({ status: 'approved' });

    const seen = await thread();
    expect(seen.thread.comments).toBe(2);
    expect(seen.comments[0]).toMatchObject({
      body: 'A first thought.\n\nAnd a second.',
      author: { name: 'Ada Reader', badge: null },
    });
    expect(seen.comments[0]?.replies[0]).toMatchObject({
      body: 'Thank you, we will follow this up.',
      author: { name: 'The editor', badge: 'journalist' },
    });

    const log = await t.api('moderator', 'GET', `/api/v1/comments/${id}`);
    const entries = (
      (await log.json()) as { log: Array<{ action: string; staffName: string; createdAt: string }> }
    ).log;
    expect(entries.map((e) => [e.action, e.staffName]).sort()).toEqual([
      ['approve', 'The moderator'],
      ['reply', 'The editor'],
    ]);
    expect(entries[0]?.createdAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('refuses a post without the CSRF header and without a session', async () => {
    const noCsrf = await t.app.request(`/api/v1/articles/${article.id}/comments`, {
      method: 'POST',
      headers: { cookie: ada.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Sneaky' }),
    });
    expect(noCsrf.status).toBe(403);
    const anonymous = await t.app.request(`/api/v1/articles/${article.id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Anonymous' }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('lets readers recommend once and report, and editors feature and reject with a reason', async () => {
    const [first] = (await thread()).comments;
    if (!first) throw new Error('no comment');
    expect((await bob.post(`/api/v1/comments/${first.id}/recommend`, {})).status).toBe(200);
    await bob.post(`/api/v1/comments/${first.id}/recommend`, {});
    expect((await thread()).comments[0]?.recommendations).toBe(1);

    expect((await t.api('editor', 'POST', `/api/v1/comments/${first.id}/feature`)).status).toBe(200);
    expect((await thread()).comments[0]?.featured).toBe(true);

    expect((await bob.post(`/api/v1/comments/${first.id}/report`, { reason: 'Off topic' })).status).toBe(202);
    const reported = await t.api(
      'moderator',
      'GET',
      '/api/v1/moderation/comments?language=en&status=reported',
    );
    expect(((await reported.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([
      first.id,
    ]);

    const noReason = await t.api('moderator', 'POST', `/api/v1/comments/${first.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ error: { field: 'reason' } });
    const rejected = await t.api('moderator', 'POST', `/api/v1/comments/${first.id}/reject`, {
      reason: 'Off topic',
    });
    expect(await rejected.json()).toMatchObject({ status: 'rejected', rejectReason: 'Off topic' });
    expect((await thread()).comments).toEqual([]);
  });

  it('stops a flood from one reader with 429 and Retry-After, storing nothing more', async () => {
    const open = await makeArticle(t, { headline: 'An open thread' });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const res = await bob.post(`/api/v1/articles/${open.id}/comments`, {
        body: `Flood message number ${i}`,
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const pending = await t.api(
      'moderator',
      'GET',
      '/api/v1/moderation/comments?language=en&status=pending&limit=200',
    );
    const bodies = ((await pending.json()) as { items: Array<{ body: string }> }).items.map((i) => i.body);
    expect(bodies.filter((b) => b.startsWith('Flood message'))).toHaveLength(5);
    t.setNow(new Date('2026-11-20T09:05:00Z'));
  });

  it('closes an article thread from its closing date on', async () => {
    const closing = await makeArticle(t, { headline: 'Closing soon' });
    await t.api('moderator', 'PUT', `/api/v1/articles/${closing.id}/comment-settings`, {
      mode: 'open',
      closesAt: '2026-11-21T00:00:00Z',
    });
    expect(
      (await ada.post(`/api/v1/articles/${closing.id}/comments`, { body: 'Before the close' })).status,
    ).toBe(201);
    t.setNow(new Date('2026-11-21T00:00:01Z'));
    const late = await ada.post(`/api/v1/articles/${closing.id}/comments`, { body: 'After the close' });
    expect(late.status).toBe(409);
    expect((await thread(closing.id)).thread.open).toBe(false);
  });

  it('opens standalone debates created by editors, listed per language', async () => {
    expect(
      (await t.api('contributor', 'POST', '/api/v1/debates', { language: 'en', question: 'Q?' })).status,
    ).toBe(403);
    const created = await t.api('editor', 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'Should the voting age be 16?',
      intro: 'Tell us what you think.',
    });
    expect(created.status).toBe(201);
    const debate = (await created.json()) as { id: string; url: string };
    expect(pathOf(debate.url)).toBe(`/en/debates/${debate.id}`);
    const list = await (await t.app.request('/api/v1/debates?language=en')).json();
    expect(list).toMatchObject({
      items: [{ id: debate.id, question: 'Should the voting age be 16?', open: true }],
    });
    expect(await (await t.app.request('/api/v1/debates?language=de')).json()).toEqual({ items: [] });
    const posted = await ada.post(`/api/v1/debates/${debate.id}/comments`, { body: 'Yes, at 16.' });
    expect(posted.status).toBe(201);
  });

  it('ranks articles and debates by comments approved in the last 7 days, per language', async () => {
    const quiet = await makeArticle(t, { headline: 'Quiet story' });
    const busy = await makeArticle(t, { headline: 'Busy story' });
    const german = await makeArticle(t, { language: 'de', headline: 'Deutsche Geschichte' });
    const approveAll = async (ids: string[]) => {
      for (const id of ids) await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`);
    };
    const post = async (client: ReaderClient, articleId: string, body: string) =>
      (
        (await (await client.post(`/api/v1/articles/${articleId}/comments`, { body })).json()) as {
          id: string;
        }
      ).id;
    t.setNow(new Date('2026-11-22T10:00:00Z'));
    const ids = [
      await post(ada, busy.id, 'Busy one'),
      await post(bob, busy.id, 'Busy two'),
      await post(ada, quiet.id, 'Quiet one'),
      await post(ada, german.id, 'Deutsch eins'),
    ];
    await approveAll(ids);
    await post(bob, quiet.id, 'Still pending'); // new commenters wait in the queue; pending ones do not count
    const now = new Date('2026-11-22T12:00:00Z');
    const en = await mostDiscussed(t.store.db, 'en', now);
    const mine = en.filter((e) => [busy.id, quiet.id].includes(e.id));
    expect(mine.map((e) => [e.headline, e.comments])).toEqual([
      ['Busy story', 2],
      ['Quiet story', 1],
    ]);
    expect(mine[0]?.url).toBe(pathOf(busy.url));
    expect((await mostDiscussed(t.store.db, 'de', now)).map((e) => e.headline)).toEqual([
      'Deutsche Geschichte',
    ]);
    const later = await mostDiscussed(t.store.db, 'en', new Date('2026-11-30T10:00:01Z'));
    expect(later.some((e) => e.id === busy.id)).toBe(false);
  });

  it('keeps comments of a deleted account as from a deleted account', async () => {
    const carol = await reader(t, 'Carol Gone');
    const open = await makeArticle(t, { headline: 'Deleted authors' });
    const posted = await carol.post(`/api/v1/articles/${open.id}/comments`, { body: 'I will be gone.' });
    const { id } = (await posted.json()) as { id: string };
    await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`);
    const res = await t.app.request('/api/v1/readers/me', {
      method: 'DELETE',
      headers: { cookie: carol.cookie, 'x-csrf-token': carol.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'correct horse battery' }),
    });
    expect(res.status).toBe(200);
    const seen = await thread(open.id);
    expect(seen.comments[0]).toMatchObject({
      body: 'I will be gone.',
      author: { name: null, deleted: true },
    });
    // The account is gone: its email can sign up anew, its session is over.
    const session = await (
      await t.app.request('/api/v1/session', { headers: { cookie: carol.cookie } })
    ).json();
    expect(session).toEqual({ csrfToken: null, reader: null });
  });
});
