import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { cookieFrom, staffSession } from '../support/newsroom.js';
import { postWithFormToken, readerFormToken } from '../support/reader-forms.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe.each(DIALECTS)('reader pages of accounts and threads on %s', (dialect) => {
  let t: TestApp;
  let article: ArticleJson;
  let cookie = '';

  beforeAll(async () => {
    t = await testApp(dialect);
    article = await makeArticle(t, { headline: 'Trains run late' });
    await t.api('moderator', 'PUT', `/api/v1/articles/${article.id}/comment-settings`, {
      mode: 'premoderated',
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** A form post as the browser sends it, with the account pages' form token. */
  const post = async (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    postWithFormToken(t.app, await readerFormToken(t.app), path, fields, headers);

  it('signs up, confirms and logs in through plain forms', async () => {
    const bad = await post('/en/account/signup', { email: 'nope', password: 'x', displayName: 'Zed' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Enter a valid email address.');

    const ok = await post('/en/account/signup', {
      email: 'zed@example.org',
      password: 'a long enough password',
      displayName: 'Zed Reader',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/en/account/signup?sent=1');
    const token = /token=([\w-]+)/.exec(t.outbox.at(-1)?.text ?? '')?.[1] ?? '';
    const confirmPage = await (await t.app.request(`/en/account/confirm?token=${token}`)).text();
    expect(confirmPage).toContain(`name="token" value="${token}"`);
    expect((await post('/en/account/confirm', { token })).status).toBe(200);

    const wrong = await post('/en/account/login', { email: 'zed@example.org', password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('The email address or the password is wrong.');
    const login = await post('/en/account/login', {
      email: 'zed@example.org',
      password: 'a long enough password',
      next: `/en/comments/${article.id}`,
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe(`/en/comments/${article.id}`);
    cookie = cookieFrom(login, 'sw_reader') ?? '';
    expect(cookie).not.toBe('');
  });

  it('keeps the cached article page free of anything about the reader', async () => {
    const anonymous = await (await t.app.request(pathOf(article.url))).text();
    const loggedIn = await (await t.app.request(pathOf(article.url), { headers: { cookie } })).text();
    expect(loggedIn).toBe(anonymous);
    expect(anonymous).toContain(`href="/en/comments/${article.id}"`);
    expect(anonymous).toContain('data-thread="article:');
    expect(anonymous).not.toContain('_csrf');
    expect(anonymous).not.toContain('Zed Reader');
  });

  it('takes a comment from the thread page form, with its CSRF token, into the queue', async () => {
    const page = await t.app.request(`/en/comments/${article.id}`, { headers: { cookie } });
    expect(page.headers.get('cache-control')).toContain('no-store');
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('Our moderators read comments before they appear.');

    const forged = await post(
      '/en/comments',
      { thread: `article:${article.id}`, body: 'Forged' },
      { cookie },
    );
    expect(forged.status).toBe(403);
    const empty = await post(
      '/en/comments',
      { thread: `article:${article.id}`, body: '  ', _csrf: csrf },
      { cookie },
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Write something before posting.');

    const posted = await post(
      '/en/comments',
      { thread: `article:${article.id}`, body: 'Late again <b>today</b>.', _csrf: csrf },
      { cookie },
    );
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/en/comments/${article.id}?posted=pending`);
    const after = await (
      await t.app.request(`/en/comments/${article.id}?posted=pending`, { headers: { cookie } })
    ).text();
    expect(after).toContain('Your comment will appear once a moderator has approved it.');
    expect(after).not.toContain('Late again');
  });

  it('lets a moderator approve from the newsroom queue and a journalist reply from the thread, all logged', async () => {
    const moderator = await staffSession(t, 'moderator');
    const queue = await moderator.request('GET', '/newsroom/moderation?language=en&status=pending');
    expect(queue.status).toBe(200);
    const html = await queue.text();
    expect(html).toContain('Late again &lt;b&gt;today&lt;/b&gt;.');
    const id = /name="ids" value="([^"]+)"/.exec(html)?.[1] ?? '';

    const noReason = await moderator.request(
      'POST',
      '/newsroom/moderation/decide',
      form({ one: `reject:${id}` }),
      {
        csrf: true,
      },
    );
    expect(noReason.headers.get('location')).toContain('error=reason');
    const approve = await moderator.request(
      'POST',
      '/newsroom/moderation/decide',
      form({ one: `approve:${id}`, back: '/newsroom/moderation?language=en&status=pending' }),
      { csrf: true },
    );
    expect(approve.status).toBe(303);
    expect(approve.headers.get('location')).toBe('/newsroom/moderation?language=en&status=pending&done=1');

    const editor = await staffSession(t, 'editor');
    const reply = await editor.request(
      'POST',
      `/newsroom/moderation/comments/${id}/reply`,
      form({ body: 'We asked the railway.' }),
      { csrf: true },
    );
    expect(reply.status).toBe(303);
    const detail = await (await editor.request('GET', `/newsroom/moderation/comments/${id}`)).text();
    expect(detail).toContain('Approved by The moderator');
    expect(detail).toContain('Reply published by The editor');

    const thread = await (await t.app.request(`/en/comments/${article.id}`)).text();
    expect(thread).toContain('Late again &lt;b&gt;today&lt;/b&gt;.');
    expect(thread).toContain('<span class="badge">Journalist</span>');
    expect(thread).toContain('We asked the railway.');
    expect(thread).toContain('Comments: 2');
  });

  it('refuses the moderation queue to a contributor', async () => {
    const contributor = await staffSession(t, 'contributor');
    expect((await contributor.request('GET', '/newsroom/moderation')).status).toBe(403);
  });

  it('lists open debates per language and shows each with its question', async () => {
    const created = await t.api('editor', 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'Should trains be free?',
      intro: 'Several cities try it.\n\nWhat do you think?',
      closesAt: '2026-12-31T23:00:00Z',
    });
    const { id } = (await created.json()) as { id: string };
    const overview = await (await t.app.request('/en/debates')).text();
    expect(overview).toContain(`href="/en/debates/${id}"`);
    expect(overview).toContain('Should trains be free?');
    expect(await (await t.app.request('/de/debates')).text()).toContain('Zurzeit gibt es keine Debatten.');
    const page = await (await t.app.request(`/en/debates/${id}`)).text();
    expect(page).toContain('<h1>Should trains be free?</h1>');
    expect(page).toContain('<p>Several cities try it.</p><p>What do you think?</p>');
    expect((await t.app.request(`/de/debates/${id}`)).status).toBe(404);
  });

  it('changes the display name and deletes the account from the account page', async () => {
    const page = await (await t.app.request('/en/account', { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const taken = await post('/en/account/name', { displayName: 'The Editor', _csrf: csrf }, { cookie });
    expect(taken.status).toBe(400);
    const renamed = await post('/en/account/name', { displayName: 'Zed Renamed', _csrf: csrf }, { cookie });
    expect(renamed.status).toBe(303);
    expect(await (await t.app.request(`/en/comments/${article.id}`)).text()).toContain('Zed Renamed');
    const deleted = await post(
      '/en/account/delete',
      { password: 'a long enough password', _csrf: csrf },
      { cookie },
    );
    expect(deleted.status).toBe(200);
    const thread = await (await t.app.request(`/en/comments/${article.id}`)).text();
    expect(thread).not.toContain('Zed Renamed');
    expect(thread).toContain('Deleted account');
  });
});
