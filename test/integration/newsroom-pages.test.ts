import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeOwnAuthorProfile } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('newsroom dashboard, history and staff pages on %s', (dialect) => {
  let t: TestApp;
  let contributor: StaffSession;
  let editor: StaffSession;
  let admin: StaffSession;
  beforeAll(async () => {
    t = await testApp(dialect);
    contributor = await staffSession(t, 'contributor');
    editor = await staffSession(t, 'editor');
    admin = await staffSession(t, 'admin');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const panel = (html: string, key: string) => {
    const start = html.indexOf(`data-panel="${key}"`);
    return html.slice(start, html.indexOf('</section>', start));
  };

  it('writes every desk page in standards mode: each starts with the doctype', async () => {
    const pages = [
      await t.app.request('/newsroom/login'),
      await admin.request('GET', '/newsroom'),
      await admin.request('GET', '/newsroom/staff'),
      await admin.request('GET', '/newsroom/media'),
      await admin.request('GET', '/newsroom/moderation'),
      await admin.request('GET', '/newsroom/error-reports'),
      await admin.request('GET', '/newsroom/articles/no-such-article/history'),
    ];
    for (const page of pages)
      expect((await page.text()).slice(0, 30)).toMatch(/^<!doctype html><html lang="en"/);
    expect(pages.at(-1)?.status).toBe(404);
  });

  it('shows my drafts, what waits for review, held edits, scheduled and published, per language', async () => {
    const mine = await contributor.request('POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'My own draft on <tariffs>',
      lead: 'x',
    });
    const { id: mineId } = (await mine.json()) as { id: string };
    const review = (await (
      await contributor.request('POST', '/api/v1/articles', {
        language: 'de',
        section: 'politics',
        headline: 'Zur Prüfung bereit',
        lead: 'x',
      })
    ).json()) as { id: string };
    await contributor.request('POST', `/api/v1/articles/${review.id}/submit`);
    await makeArticle(t, {
      headline: 'Out next week',
      status: 'scheduled',
      publishAt: '2026-11-27T08:00:00Z',
    });
    const live = await makeArticle(t, { headline: 'Already out' });
    await t.api('editor', 'PATCH', `/api/v1/articles/${live.id}`, { lead: 'Held lead', hold: true });

    const html = await (await contributor.request('GET', '/newsroom')).text();
    expect(panel(html, 'mine')).toContain('My own draft on &lt;tariffs&gt;');
    expect(panel(html, 'mine')).toContain(`href="/newsroom/articles/${mineId}"`);
    expect(panel(html, 'review')).toContain('Zur Prüfung bereit');
    expect(panel(html, 'scheduled')).toContain('Out next week');
    expect(panel(html, 'published')).toContain('Already out');
    expect(panel(html, 'pending')).toContain('Already out');
    // The editor did not write the draft: it is not among the editor's drafts.
    expect(panel(await (await editor.request('GET', '/newsroom')).text(), 'mine')).not.toContain(
      'My own draft',
    );

    const german = await (await editor.request('GET', '/newsroom?language=de')).text();
    expect(panel(german, 'review')).toContain('Zur Prüfung bereit');
    expect(panel(german, 'published')).not.toContain('Already out');
    const searched = await (await editor.request('GET', '/newsroom?q=PRÜFUNG')).text();
    expect(panel(searched, 'review')).toContain('Zur Prüfung bereit');
    expect(panel(searched, 'published')).not.toContain('Already out');
  });

  it('searches all states and languages, and shows which languages each story has and in which state', async () => {
    const original = await makeArticle(t, {
      headline: 'Avalanche warning raised',
      lead: 'Snowpack unstable',
    });
    const translation = (await (
      await t.api('editor', 'POST', '/api/v1/articles', {
        language: 'fr',
        section: 'politics',
        headline: 'Alerte aux avalanches',
        lead: 'Manteau neigeux instable',
        translationOf: original.id,
      })
    ).json()) as { id: string };
    await t.api('editor', 'POST', `/api/v1/articles/${original.id}/unpublish`);
    const html = await (await editor.request('GET', '/newsroom?q=snowpack')).text();
    const results = panel(html, 'results');
    expect(results).toContain('Avalanche warning raised');
    expect(results).toContain('Unpublished');
    // The story's other language, linked, with its own state.
    expect(results).toContain(`<a href="/newsroom/articles/${translation.id}" hreflang="fr">FR</a>`);
    expect(results).toMatch(/FR<\/a> <span class="status draft">Draft<\/span>/);
    expect(panel(await (await editor.request('GET', '/newsroom')).text(), 'results')).toBe('');
  });

  it('shows who changed what, the difference between two revisions, and restores one', async () => {
    // The contributor writes under their own byline, so the draft is theirs to edit and restore.
    const byline = await makeOwnAuthorProfile(t, 'contributor', 'the-contributor');
    const a = (await makeArticle(t, {
      headline: 'Lake level rises',
      status: 'draft',
      authors: [byline],
    })) as unknown as {
      id: string;
      version: number;
    };
    t.setNow(new Date('2026-11-20T10:00:00Z'));
    await t.api('contributor', 'PATCH', `/api/v1/articles/${a.id}`, { headline: 'Lake level falls' });
    const history = await (
      await contributor.request('GET', `/newsroom/articles/${a.id}/history?from=1&to=2`)
    ).text();
    expect(history).toContain('The contributor');
    expect(history).toContain('The editor');
    expect(history).toMatch(/<del><span class="visually-hidden">\[-<\/span>rises/);
    expect(history).toMatch(/<ins><span class="visually-hidden">\[\+<\/span>falls/);

    const forged = await contributor.request(
      'POST',
      `/newsroom/articles/${a.id}/revisions/1/restore`,
      new URLSearchParams(),
    );
    expect(forged.status).toBe(403);
    const restored = await contributor.request(
      'POST',
      `/newsroom/articles/${a.id}/revisions/1/restore`,
      new URLSearchParams(),
      { csrf: true },
    );
    expect(restored.status).toBe(303);
    expect(restored.headers.get('location')).toBe(`/newsroom/articles/${a.id}/history?restored=1`);
    const after = (await (await t.api('editor', 'GET', `/api/v1/articles/${a.id}`)).json()) as {
      headline: string;
    };
    expect(after.headline).toBe('Lake level rises');
    t.setNow(new Date('2026-11-20T09:00:00Z'));
  });

  it('lets an admin add staff and change roles, never demote the last admin, and nobody else', async () => {
    expect((await editor.request('GET', '/newsroom/staff')).status).toBe(403);
    const added = await admin.request(
      'POST',
      '/newsroom/staff',
      new URLSearchParams({
        name: 'New Reporter',
        email: 'new@shortwave.test',
        role: 'contributor',
        password: 'long enough pw',
      }),
      { csrf: true },
    );
    expect(added.status).toBe(303);
    const page = await (await admin.request('GET', '/newsroom/staff')).text();
    expect(page).toContain('new@shortwave.test');
    const short = await admin.request(
      'POST',
      '/newsroom/staff',
      new URLSearchParams({ name: 'X', email: 'x@shortwave.test', role: 'editor', password: 'short' }),
      { csrf: true },
    );
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('at least 10 characters');

    const id =
      /action="\/newsroom\/staff\/([^"]+)"[^>]*>\s*<input type="hidden" name="_csrf"[^>]*>[\s\S]*?/.exec(
        page.slice(page.indexOf('data-email="new@shortwave.test"')),
      )?.[1];
    expect(id).toBeTruthy();
    const promoted = await admin.request(
      'POST',
      `/newsroom/staff/${id}`,
      new URLSearchParams({ role: 'editor' }),
      {
        csrf: true,
      },
    );
    expect(promoted.status).toBe(303);
    const row = await t.store.db
      .selectFrom('staff_users')
      .select('role')
      .where('email', '=', 'new@shortwave.test')
      .executeTakeFirst();
    expect(row?.role).toBe('editor');

    const adminPage = await (await admin.request('GET', '/newsroom/staff')).text();
    const adminId = /action="\/newsroom\/staff\/([^"]+)"/.exec(
      adminPage.slice(adminPage.indexOf('data-email="admin@shortwave.test"')),
    )?.[1];
    const demote = await admin.request(
      'POST',
      `/newsroom/staff/${adminId}`,
      new URLSearchParams({ role: 'editor' }),
      {
        csrf: true,
      },
    );
    expect(demote.status).toBe(409);
    expect(await demote.text()).toContain('last administrator');
  });
});
