import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<svg onload="window.pwned = 2"><circle r="5"/></svg>',
  '<img src=x onerror="window.pwned = 3">',
  '"><a href="javascript:alert(4)">click</a>',
].join('\n');

describe.each(DIALECTS)('the newsroom’s trust pages on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  let admin: StaffSession;
  let article: ArticleJson;
  let now = new Date('2026-11-20T09:00:00Z');
  beforeAll(async () => {
    t = await testApp(dialect);
    editor = await staffSession(t, 'editor');
    admin = await staffSession(t, 'admin');
    article = await makeArticle(t, { headline: 'Glacier lost a tenth of its ice' });
  });
  afterAll(async () => {
    await t.cleanup();
  });
  beforeEach(() => {
    now = new Date(now.getTime() + 11 * 60_000);
    t.setNow(now);
  });

  const report = (body: Record<string, unknown>, id = article.id) =>
    t.api(null, 'POST', `/api/v1/articles/${id}/error-reports`, body);

  it('shows hostile strings in reports as text in the inbox and on the report page', async () => {
    const res = await report({ text: HOSTILE, source: 'javascript:alert(5)', email: 'x@example.org' });
    const { id } = (await res.json()) as { id: string };
    const inbox = await editor.request('GET', '/newsroom/error-reports?language=en');
    expect(inbox.status).toBe(200);
    expect(inbox.headers.get('cache-control')).toBe('no-store');
    const list = await inbox.text();
    expect(list).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(list).not.toContain('<script>window.pwned');
    expect(list).not.toMatch(/<svg onload/);
    const page = await (await editor.request('GET', `/newsroom/error-reports/${id}`)).text();
    expect(page).toContain('&lt;img src=x onerror=&quot;window.pwned = 3&quot;&gt;');
    expect(page).not.toMatch(/<img src=x/);
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<span>javascript:alert(5)</span>');
  });

  it('filters the inbox by language and status, and keeps it from contributors', async () => {
    const de = await makeArticle(t, { language: 'de', headline: 'Gletscher schmilzt' });
    await report({ text: 'Die Zahl stimmt nicht.' }, de.id);
    const german = await (await editor.request('GET', '/newsroom/error-reports?language=de')).text();
    expect(german).toContain('Die Zahl stimmt nicht.');
    expect(german).not.toContain('window.pwned');
    const accepted = await (await editor.request('GET', '/newsroom/error-reports?status=accepted')).text();
    expect(accepted).toContain('No reports match.');
    const contributor = await staffSession(t, 'contributor');
    expect((await contributor.request('GET', '/newsroom/error-reports')).status).toBe(403);
  });

  it('accepts a report with a note, tells the reporter, and publishes a correction from the report page', async () => {
    const res = await report({ text: 'It lost a fifth, not a tenth.', email: 'glaciers@example.org' });
    const { id } = (await res.json()) as { id: string };
    const page = await (await editor.request('GET', `/newsroom/error-reports/${id}`)).text();
    expect(page).toContain('The reader saw version');
    expect(page).toContain(`href="${pathOf(article.url)}"`);
    expect(page).toContain('Glacier lost a tenth of its ice</strong>');
    // Without the CSRF token, nothing happens.
    const forged = await editor.request(
      'POST',
      `/newsroom/error-reports/${id}`,
      new URLSearchParams({ status: 'accepted' }),
    );
    expect(forged.status).toBe(403);
    const decided = await editor.request(
      'POST',
      `/newsroom/error-reports/${id}`,
      new URLSearchParams({ status: 'accepted', note: 'Checked with the glacier monitoring network.' }),
      { csrf: true },
    );
    expect(decided.status).toBe(303);
    expect(t.outbox.map((m) => m.to)).toContain('glaciers@example.org');
    const after = await (await editor.request('GET', decided.headers.get('location') ?? '')).text();
    expect(after).toContain('Decision saved.');
    expect(after).toContain('Checked with the glacier monitoring network.');
    expect(after).toMatch(/The reporter was told by email on/);
    const corrected = await editor.request(
      'POST',
      `/newsroom/error-reports/${id}/correction`,
      new URLSearchParams({
        kind: 'correction',
        text: 'An earlier version said the glacier lost a tenth of its ice.',
      }),
      { csrf: true },
    );
    expect(corrected.status).toBe(303);
    const articlePage = await (await t.app.request(pathOf(article.url))).text();
    expect(articlePage).toContain('An earlier version said the glacier lost a tenth of its ice.');
    const log = await (await t.app.request('/en/corrections')).text();
    expect(log).toContain('An earlier version said the glacier lost a tenth of its ice.');
  });

  it('lets admins edit the transparency texts per language, and only admins', async () => {
    expect((await editor.request('GET', '/newsroom/settings/trust')).status).toBe(403);
    const form = await (await admin.request('GET', '/newsroom/settings/trust?language=de')).text();
    expect(form).toContain('<label for="trust-ownership">Ownership and owners</label>');
    const bad = await admin.request(
      'POST',
      '/newsroom/settings/trust',
      new URLSearchParams({ language: 'de', ownership: 'Stiftung X', jtiCertificateUrl: 'ftp://nope' }),
      { csrf: true },
    );
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('https:// or http://');
    expect(badHtml).toContain('Stiftung X');
    const saved = await admin.request(
      'POST',
      '/newsroom/settings/trust',
      new URLSearchParams({
        language: 'de',
        ownership: 'Gehört der Stiftung X.',
        jtiCertificateUrl: 'https://jti.example/1',
      }),
      { csrf: true },
    );
    expect(saved.status).toBe(303);
    const publicPage = await (await t.app.request('/de/about/trust')).text();
    expect(publicPage).toContain('Gehört der Stiftung X.');
    expect(publicPage).toContain('Entspricht den JTI-Standards');
    expect(await (await t.app.request('/en/about/trust')).text()).not.toContain('Gehört der Stiftung X.');
  });

  it('lists translations that lack a correction made in another language, until corrected or dismissed', async () => {
    const original = await makeArticle(t, { headline: 'Turnout was 48 percent' });
    const german = await makeArticle(t, {
      language: 'de',
      headline: 'Stimmbeteiligung 48 Prozent',
      lead: 'Ein kurzer Vorspann.',
      translationOf: original.id,
    });
    const french = await makeArticle(t, {
      language: 'fr',
      headline: 'Participation de 48 %',
      lead: 'Un court chapeau.',
      translationOf: original.id,
    });
    t.setNow(new Date(now.getTime() + 60_000));
    const made = await t.api('editor', 'POST', `/api/v1/articles/${original.id}/corrections`, {
      kind: 'correction',
      text: 'Turnout was 46 percent.',
    });
    const correction = (await made.json()) as { id: string };
    const view = await (await editor.request('GET', '/newsroom/corrections/translations')).text();
    expect(view).toContain('Stimmbeteiligung 48 Prozent');
    expect(view).toContain('Participation de 48 %');
    expect(view).toContain('Turnout was 46 percent.');
    const api = (await (
      await t.api('editor', 'GET', '/api/v1/corrections/translations?language=de')
    ).json()) as {
      items: Array<{ translation: { id: string }; correction: { id: string } }>;
    };
    expect(api.items.map((i) => i.translation.id)).toEqual([german.id]);
    // German gets its own correction, French does not need one.
    const fixed = await editor.request(
      'POST',
      `/newsroom/corrections/translations/${german.id}`,
      new URLSearchParams({ kind: 'correction', text: 'Die Stimmbeteiligung lag bei 46 Prozent.' }),
      { csrf: true },
    );
    expect(fixed.status).toBe(303);
    const dismissed = await editor.request(
      'POST',
      `/newsroom/corrections/${correction.id}/not-needed`,
      new URLSearchParams({ articleId: french.id }),
      { csrf: true },
    );
    expect(dismissed.status).toBe(303);
    const after = await (await editor.request('GET', '/newsroom/corrections/translations')).text();
    expect(after).not.toContain('Stimmbeteiligung 48 Prozent');
    expect(after).not.toContain('Participation de 48 %');
    const wrong = await t.api('editor', 'POST', `/api/v1/corrections/${correction.id}/not-needed`, {
      articleId: article.id,
    });
    expect(wrong.status).toBe(400);
  });
});
