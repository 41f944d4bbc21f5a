import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

/** A confirmed, logged-in reader: the session cookie and CSRF token. */
async function reader(t: TestApp, email: string, displayName: string) {
  const post = (path: string, body: unknown) =>
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const password = 'a long enough password';
  expect((await post('/api/v1/readers', { email, password, displayName })).status).toBe(201);
  const token = /token=([\w-]+)/.exec(t.outbox.filter((m) => m.to === email).at(-1)?.text ?? '')?.[1];
  expect((await post('/api/v1/readers/confirm', { token })).status).toBe(200);
  const login = await post('/api/v1/session', { email, password });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return {
    comment: (path: string, body: string) =>
      t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ body }),
      }),
  };
}

describe.each(DIALECTS)('debates and comment settings in the newsroom on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  let moderator: StaffSession;
  let admin: StaffSession;
  let article: ArticleJson;

  beforeAll(async () => {
    t = await testApp(dialect);
    editor = await staffSession(t, 'editor');
    moderator = await staffSession(t, 'moderator');
    admin = await staffSession(t, 'admin');
    article = await makeArticle(t, { headline: 'Buses run on time' });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const debateIdNamed = async (question: string, language = 'en') => {
    const page = await (await editor.request('GET', `/newsroom/debates?language=${language}`)).text();
    const escaped = question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const id = new RegExp(`href="/newsroom/debates/([\\w-]+)">${escaped}<`).exec(page)?.[1];
    if (!id) throw new Error(`no debate "${question}" on the newsroom page`);
    return id;
  };

  it('creates a debate from the plain form, lists it with its state, and shows it to readers', async () => {
    const created = await editor.request(
      'POST',
      '/newsroom/debates',
      form({
        question: 'Should the city ban cars from the old town?',
        intro: 'The council votes next week.\n\nTell us what you think.',
        language: 'en',
        mode: 'premoderated',
        opensAt: '',
        closesAt: '2026-12-01T18:00',
      }),
      { csrf: true },
    );
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/newsroom/debates?language=en&created=1');
    const list = await (await editor.request('GET', '/newsroom/debates?language=en&created=1')).text();
    expect(list).toContain('The debate has been created.');
    expect(list).toContain('Should the city ban cars from the old town?');
    expect(list).toMatch(/class="status">Open</);

    const readers = await (await t.app.request('/en/debates')).text();
    expect(readers).toContain('Should the city ban cars from the old town?');
    const api = (await (await t.app.request('/api/v1/debates?language=en')).json()) as {
      items: Array<{ question: string; mode: string; closesAt: string; open: boolean }>;
    };
    // 18:00 in Zurich (the newsroom's zone) is 17:00 UTC in winter.
    expect(api.items[0]).toMatchObject({
      mode: 'premoderated',
      closesAt: '2026-12-01T17:00:00.000Z',
      open: true,
    });
  });

  it('keeps a scheduled debate off the reader site and says so in the list', async () => {
    const res = await editor.request(
      'POST',
      '/newsroom/debates',
      form({
        question: 'What should we ask the mayor?',
        intro: '',
        language: 'en',
        opensAt: '2026-12-24T09:00',
      }),
      { csrf: true },
    );
    expect(res.status).toBe(303);
    const list = await (await editor.request('GET', '/newsroom/debates?language=en')).text();
    expect(list).toMatch(/What should we ask the mayor\?<\/a><\/td><td><span class="status">Scheduled</);
    expect(await (await t.app.request('/en/debates')).text()).not.toContain('What should we ask the mayor?');
  });

  it('answers a form with a mistake with the form again and a message in the staff member’s language', async () => {
    const backwards = await editor.request(
      'POST',
      '/newsroom/debates',
      form({
        question: 'Ein Datum rückwärts?',
        intro: 'Bleibt stehen',
        language: 'de',
        opensAt: '2026-12-05T10:00',
        closesAt: '2026-12-04T10:00',
      }),
      { csrf: true, headers: { 'accept-language': 'de' } },
    );
    expect(backwards.status).toBe(400);
    const page = await backwards.text();
    expect(page).toContain('Eine Debatte endet nach ihrem Beginn.');
    // What was typed stays in the form.
    expect(page).toContain('value="Ein Datum rückwärts?"');
    expect(page).toContain('Bleibt stehen</textarea>');

    const notADate = await editor.request(
      'POST',
      '/newsroom/debates',
      form({ question: 'When?', language: 'en', opensAt: 'next Tuesday' }),
      { csrf: true },
    );
    expect(notADate.status).toBe(400);
    expect(await notADate.text()).toContain('Enter dates as day, month, year, hours and minutes.');

    const noQuestion = await editor.request(
      'POST',
      '/newsroom/debates',
      form({ question: '   ', language: 'en' }),
      { csrf: true },
    );
    expect(noQuestion.status).toBe(400);
    expect(await noQuestion.text()).toContain('Write a question of at most 300 characters.');
    // Nothing was stored by the refused forms.
    const list = await (await editor.request('GET', '/newsroom/debates?language=de')).text();
    expect(list).toContain('No debates in this language yet.');
  });

  it('edits a debate, then closes it, after which readers cannot comment', async () => {
    const id = await debateIdNamed('Should the city ban cars from the old town?');
    const edit = await (await editor.request('GET', `/newsroom/debates/${id}`)).text();
    expect(edit).toContain('value="2026-12-01T18:00"');
    const saved = await editor.request(
      'POST',
      `/newsroom/debates/${id}`,
      form({
        question: 'Should the city close the old town to cars?',
        intro: 'The council votes next week.',
        mode: 'open',
        opensAt: '2026-11-20T09:00',
        closesAt: '',
      }),
      { csrf: true },
    );
    expect(saved.status).toBe(303);
    expect(await (await editor.request('GET', `/newsroom/debates/${id}?saved=1`)).text()).toContain(
      'The debate has been saved.',
    );
    const ada = await reader(t, 'ada@example.org', 'Ada Reader');
    expect((await ada.comment(`/api/v1/debates/${id}/comments`, 'Close it on weekends first.')).status).toBe(
      201,
    );

    const closed = await editor.request('POST', `/newsroom/debates/${id}/close`, form({}), { csrf: true });
    expect(closed.status).toBe(303);
    const page = await (await editor.request('GET', `/newsroom/debates/${id}?closed=1`)).text();
    expect(page).toContain('The debate is closed.');
    expect(page).not.toContain('Close the debate now');
    const refused = await ada.comment(`/api/v1/debates/${id}/comments`, 'One more thought.');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'conflict', reason: 'closed' } });
    expect(await (await editor.request('GET', '/newsroom/debates?language=en')).text()).toMatch(
      /Should the city close the old town to cars\?<\/a><\/td><td><span class="status">Closed</,
    );
  });

  it('refuses debates to moderators and forms without the CSRF field', async () => {
    expect((await moderator.request('GET', '/newsroom/debates')).status).toBe(403);
    const noCsrf = await editor.request(
      'POST',
      '/newsroom/debates',
      form({ question: 'Sneaky?', language: 'en' }),
    );
    expect(noCsrf.status).toBe(403);
    expect(await (await editor.request('GET', '/newsroom/debates?language=en')).text()).not.toContain(
      'Sneaky?',
    );
  });

  it('sets an article’s comments to pre-moderated, then closed from a date, from the newsroom', async () => {
    const page = await (await moderator.request('GET', `/newsroom/comments/settings?language=en`)).text();
    expect(page).toContain('Buses run on time');
    const saved = await moderator.request(
      'POST',
      '/newsroom/comments/settings',
      form({ article: article.id, mode: 'premoderated', closesAt: '' }),
      { csrf: true },
    );
    expect(saved.status).toBe(303);
    const thread = async () =>
      (
        (await (await t.app.request(`/api/v1/articles/${article.id}/comments`)).json()) as {
          thread: { mode: string; open: boolean; closesAt: string | null };
        }
      ).thread;
    expect(await thread()).toMatchObject({ mode: 'premoderated', open: true, closesAt: null });
    const bo = await reader(t, 'bo@example.org', 'Bo Reader');
    const pending = await bo.comment(`/api/v1/articles/${article.id}/comments`, 'Mine was late today.');
    expect(await pending.json()).toMatchObject({ status: 'pending' });

    await moderator.request(
      'POST',
      '/newsroom/comments/settings',
      form({ article: article.id, mode: 'open', closesAt: '2026-11-20T10:30' }),
      { csrf: true },
    );
    expect(await thread()).toMatchObject({ mode: 'open', open: true, closesAt: '2026-11-20T09:30:00.000Z' });
    const shown = await (
      await moderator.request('GET', `/newsroom/comments/settings?article=${article.id}`)
    ).text();
    expect(shown).toContain('value="2026-11-20T10:30"');
    expect(shown).toMatch(/name="mode" value="open" checked/);
    t.setNow(new Date('2026-11-20T09:31:00Z'));
    expect(await thread()).toMatchObject({ open: false });
    const late = await bo.comment(`/api/v1/articles/${article.id}/comments`, 'Too late?');
    expect(await late.json()).toMatchObject({ error: { reason: 'closed' } });
    t.setNow(new Date('2026-11-20T09:00:00Z'));

    const unknown = await moderator.request('GET', '/newsroom/comments/settings?article=no-such-article');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('There is no published article with this ID.');
    const noMode = await moderator.request(
      'POST',
      '/newsroom/comments/settings',
      form({ article: article.id, mode: 'sometimes' }),
      { csrf: true },
    );
    expect(noMode.status).toBe(400);
    expect(await noMode.text()).toContain('Choose how the article takes comments.');
    const contributor = await staffSession(t, 'contributor');
    expect((await contributor.request('GET', '/newsroom/comments/settings')).status).toBe(403);
  });

  it('keeps banned and suspect words per language, and the checks use them', async () => {
    const saved = await moderator.request(
      'POST',
      '/newsroom/moderation/words',
      form({ language: 'en', banned: 'scumbag\n  Idiot \n', suspect: 'rigged\n' }),
      { csrf: true },
    );
    expect(saved.status).toBe(303);
    const page = await (await moderator.request('GET', '/newsroom/moderation/words?language=en')).text();
    expect(page).toMatch(/id="words-banned"[^>]*>idiot\nscumbag<\/textarea>/);
    expect(page).toMatch(/id="words-suspect"[^>]*>rigged<\/textarea>/);
    // Another language's lists are its own.
    const german = await (await moderator.request('GET', '/newsroom/moderation/words?language=de')).text();
    expect(german).toMatch(/id="words-banned"[^>]*><\/textarea>/);

    const cy = await reader(t, 'cy@example.org', 'Cy Reader');
    const other = await makeArticle(t, { headline: 'The election count' });
    const refused = await cy.comment(`/api/v1/articles/${other.id}/comments`, 'What an idiot move.');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { code: 'validation_failed', field: 'body', reason: 'bannedWords' },
    });
    const tooLong = await moderator.request(
      'POST',
      '/newsroom/moderation/words',
      form({ language: 'en', banned: 'x'.repeat(101), suspect: '' }),
      { csrf: true },
    );
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('At most 2,000 lines per list');
  });

  it('lets an admin choose what happens to a deleted account’s comments, and nobody else', async () => {
    expect((await moderator.request('GET', '/newsroom/moderation/settings')).status).toBe(403);
    const page = await (await admin.request('GET', '/newsroom/moderation/settings')).text();
    expect(page).toMatch(/value="keep" checked/);
    const saved = await admin.request(
      'POST',
      '/newsroom/moderation/settings',
      form({ deletedAccountComments: 'remove' }),
      { csrf: true },
    );
    expect(saved.status).toBe(303);
    expect(await (await admin.request('GET', '/newsroom/moderation/settings')).text()).toMatch(
      /value="remove" checked/,
    );
    // The reader's own account page says what will happen.
    const bad = await admin.request(
      'POST',
      '/newsroom/moderation/settings',
      form({ deletedAccountComments: 'x' }),
      {
        csrf: true,
      },
    );
    expect(bad.status).toBe(400);
  });

  it('rejects, without JavaScript, the one comment whose reason was typed when Enter sends the queue', async () => {
    const dee = await reader(t, 'dee@example.org', 'Dee Reader');
    const other = await makeArticle(t, { headline: 'A quiet street' });
    const first = (await (
      await dee.comment(`/api/v1/articles/${other.id}/comments`, 'First thought.')
    ).json()) as {
      id: string;
    };
    const second = (await (
      await dee.comment(`/api/v1/articles/${other.id}/comments`, 'Second, rather rude thought.')
    ).json()) as { id: string };
    const res = await moderator.request(
      'POST',
      '/newsroom/moderation/decide',
      form({
        one: 'enter',
        [`reason:${first.id}`]: '',
        [`reason:${second.id}`]: 'Rude',
        back: '/newsroom/moderation',
      }),
      { csrf: true },
    );
    expect(res.status).toBe(303);
    const status = async (id: string) =>
      (
        (await (await t.api('moderator', 'GET', `/api/v1/comments/${id}`)).json()) as {
          comment: { status: string };
        }
      ).comment.status;
    expect(await status(second.id)).toBe('rejected');
    expect(await status(first.id)).toBe('pending');
    const none = await moderator.request(
      'POST',
      '/newsroom/moderation/decide',
      form({ one: 'enter', back: '/newsroom/moderation' }),
      { csrf: true },
    );
    expect(none.headers.get('location')).toContain('error=reason');
  });

  it('gives the comments island every refusal in the page’s language', async () => {
    const german = await makeArticle(t, { headline: 'Züge fahren pünktlich', language: 'de' });
    const html = await (await t.app.request(new URL(german.url ?? '').pathname)).text();
    const texts = JSON.parse(
      (/data-texts="([^"]+)"/.exec(html)?.[1] ?? '{}').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    ) as { refusals: Record<string, string> };
    expect(Object.keys(texts.refusals).sort()).toEqual([
      'banned',
      'bannedWords',
      'closed',
      'empty',
      'rateLimited',
      'repeated',
      'suspended',
      'tooLong',
      'tooManyLinks',
    ]);
    expect(texts.refusals.closed).not.toBe('Comments are closed here.');
    expect(texts.refusals.bannedWords).toMatch(/Wörter|Wort/);
  });
});
