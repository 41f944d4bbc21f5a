/**
 * Every newsroom page, logged in as an admin over the demo newsroom (with a comment waiting,
 * an error report, a debate and a translation to review), is a valid HTML document in
 * standards mode: it starts with the doctype and the html-validate validator finds no error.
 * The desk's counts are plural messages ("1 comment", "2 reports") in every language.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';
import { signedUpReader } from '../support/readers.js';

/** The validator's recommended rules, less those that disagree with deliberate choices (as for the reader site). */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Texts come from translators and staff: typographic quotes and apostrophes are theirs.
    'no-raw-characters': 'off',
    // The newsroom's stylesheet is inlined in every page on purpose (src/render/newsroom/styles.ts).
    'no-inline-style': 'off',
    // How the JSX runtime writes HTML: spellings the HTML standard allows alike.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Checkboxes of one question share their name, as HTML means them to.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // A page's title may be a headline, as long as the editors wrote it.
    'long-title': 'off',
  },
});

describe.each(DIALECTS)('newsroom pages as HTML on %s', (dialect) => {
  let t: TestApp;
  let admin: StaffSession;
  const paths: string[] = [];

  beforeAll(async () => {
    t = await testApp(dialect);
    await loadDemo({
      db: t.store.db,
      files: mediaFiles(join(t.dir, 'media')),
      now: new Date('2026-11-20T08:00:00Z'),
      publicUrl: PUBLIC_URL,
    });
    admin = await staffSession(t, 'admin');
    const list = (await (
      await t.api('editor', 'GET', '/api/v1/articles?language=en&status=published')
    ).json()) as {
      items: Array<{ id: string; hero: { mediaId: string } | null }>;
    };
    const article = list.items[0];
    if (!article) throw new Error('the demo has no published English article');
    const mediaId = list.items.find((a) => a.hero)?.hero?.mediaId ?? '';
    // A comment waiting for moderation (a new commenter's first one is held), an error report, a debate.
    const ada = await signedUpReader(t, 'Ada');
    await ada.post(`/api/v1/articles/${article.id}/comments`, {
      body: 'Which delegations voted against it?',
    });
    const pending = (await (
      await t.api('moderator', 'GET', '/api/v1/moderation/comments?language=en&status=pending')
    ).json()) as {
      items: Array<{ id: string }>;
    };
    const report = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, {
      text: 'The vote count in the second paragraph is wrong.',
    });
    const reportId = ((await report.json()) as { id: string }).id;
    const debate = await t.api('editor', 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'Bridges or tunnels?',
    });
    const debateId = ((await debate.json()) as { id: string }).id;
    const draft = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'A draft to translate',
      lead: 'A lead.',
    });
    const draftId = ((await draft.json()) as { id: string }).id;
    const made = await t.api('editor', 'POST', `/api/v1/articles/${draftId}/translations`, {
      languages: ['de'],
    });
    expect(made.status).toBe(201);
    const versionId = ((await made.json()) as { items: Array<{ id: string }> }).items[0]?.id;
    const commentId = pending.items[0]?.id;
    expect(versionId && commentId && reportId && debateId && mediaId).toBeTruthy();
    paths.push(
      '/newsroom',
      '/newsroom/articles/new',
      `/newsroom/articles/${article.id}`,
      `/newsroom/articles/${draftId}`,
      `/newsroom/articles/${article.id}/history`,
      `/newsroom/articles/${article.id}/correction`,
      `/newsroom/articles/${article.id}/preview`,
      `/newsroom/articles/${versionId}/translation`,
      '/newsroom/translations',
      '/newsroom/media',
      `/newsroom/media/${mediaId}`,
      '/newsroom/front-pages',
      '/newsroom/staff',
      '/newsroom/error-reports',
      `/newsroom/error-reports/${reportId}`,
      '/newsroom/corrections/translations',
      '/newsroom/settings/trust',
      '/newsroom/moderation',
      `/newsroom/moderation/comments/${commentId}`,
      '/newsroom/moderation/words',
      '/newsroom/moderation/settings',
      `/newsroom/comments/settings?article=${article.id}`,
      '/newsroom/debates',
      `/newsroom/debates/${debateId}`,
    );
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const problems = async (path: string, res: Response): Promise<string[]> => {
    const html = await res.text();
    const found: string[] = [];
    if (!html.startsWith('<!doctype html>')) found.push(`${path}: does not start with <!doctype html>`);
    const report = await validator.validateString(html, path);
    for (const result of report.results)
      for (const m of result.messages)
        if (m.severity === 2) found.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    return found;
  };

  it('answers every newsroom page as a valid HTML document that starts with the doctype', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(23);
    const found: string[] = [];
    const login = await t.app.request('/newsroom/login');
    expect(login.status).toBe(200);
    found.push(...(await problems('/newsroom/login', login)));
    for (const path of paths) {
      const res = await admin.request('GET', path);
      expect(res.status, path).toBe(200);
      found.push(...(await problems(path, res)));
    }
    // The error page too (a desk page that does not exist).
    const missing = await admin.request('GET', '/newsroom/articles/no-such-article');
    expect(missing.status).toBe(404);
    found.push(...(await problems('404', missing)));
    expect(found).toEqual([]);
  });

  it('counts with the plural of each language', async () => {
    const as = (language: string) => ({
      headers: { cookie: `${admin.cookie}; sw_newsroom_lang=${language}` },
    });
    const moderation = await (
      await admin.request('GET', '/newsroom/moderation?language=en&status=pending', undefined, as('en'))
    ).text();
    expect(moderation).toContain('(1 comment)');
    const russian = await (
      await admin.request('GET', '/newsroom/moderation?language=en&status=pending', undefined, as('ru'))
    ).text();
    expect(russian).toContain('(1 комментарий)');
    const reports = await (await admin.request('GET', '/newsroom/error-reports', undefined, as('en'))).text();
    expect(reports).toContain('1 report');
    expect(reports).not.toMatch(/\b1 reports\b/);
    const dashboard = await (await admin.request('GET', '/newsroom', undefined, as('en'))).text();
    expect(dashboard).toMatch(/\(\d+ articles\)|\(1 article\)/);
    expect(dashboard).not.toMatch(/\(1 articles\)|\(\d+\)<\/span>/);
    const arabic = await (await admin.request('GET', '/newsroom/media', undefined, as('ar'))).text();
    expect(arabic).toMatch(/صور|صورة/);
  });
});
