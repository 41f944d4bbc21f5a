/**
 * The newsroom's "Correction" action on a published article: the API's rules and command
 * behind a form, the note on every chosen language version, refusals in the newsroom's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, paragraph, pathOf, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('corrections from the newsroom on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  let english: ArticleJson;
  let german: ArticleJson;
  let frenchDraft: ArticleJson;
  beforeAll(async () => {
    t = await testApp(dialect);
    editor = await staffSession(t, 'editor');
    english = await makeArticle(t, {
      headline: 'Turnout reached 61 percent',
      body: { type: 'doc', content: [paragraph(text('The original text.'))] },
    });
    german = await makeArticle(t, {
      language: 'de',
      translationOf: english.id,
      headline: 'Wahlbeteiligung bei 61 Prozent',
      lead: 'Mehr Menschen als vor vier Jahren haben gewählt.',
      body: { type: 'doc', content: [paragraph(text('Der ursprüngliche Text.'))] },
    });
    frenchDraft = await makeArticle(t, {
      language: 'fr',
      translationOf: english.id,
      status: 'draft',
      headline: 'Participation de 61 %',
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const send = (id: string, fields: Array<[string, string]>, language?: string) =>
    editor.request('POST', `/newsroom/articles/${id}/correction`, new URLSearchParams(fields), {
      csrf: true,
      ...(language ? { headers: { cookie: `${editor.cookie}; sw_newsroom_lang=${language}` } } : {}),
    });

  it('offers the action on a published article, in the editor and in the dashboard list', async () => {
    const editorPage = await (await editor.request('GET', `/newsroom/articles/${english.id}`)).text();
    expect(editorPage).toContain(`href="/newsroom/articles/${english.id}/correction"`);
    const dashboard = await (await editor.request('GET', '/newsroom')).text();
    expect(dashboard).toContain(`href="/newsroom/articles/${german.id}/correction"`);
    const draftPage = await (await editor.request('GET', `/newsroom/articles/${frenchDraft.id}`)).text();
    expect(draftPage).not.toContain('/correction"');
    const form = await (await editor.request('GET', `/newsroom/articles/${english.id}/correction`)).text();
    expect(form).toMatch(
      /<input type="checkbox" id="correction-language-en" name="languages" value="en" checked/,
    );
    expect(form).toMatch(/id="correction-language-fr" name="languages" value="fr" disabled/);
  });

  it('puts one note on the chosen language versions, shown to readers at once', async () => {
    await t.app.request(pathOf(german.url)); // fills the page cache
    const res = await send(english.id, [
      ['kind', 'correction'],
      ['text', 'An earlier version said turnout was 71 percent.'],
      ['languages', 'en'],
      ['languages', 'de'],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/newsroom/articles/${english.id}/correction?done=en,de`);
    const done = await (await editor.request('GET', res.headers.get('location') ?? '')).text();
    expect(done).toContain('The note is published on: English, Deutsch.');
    for (const article of [english, german]) {
      const html = await (await t.app.request(pathOf(article.url))).text();
      expect(html.slice(html.indexOf('<main'))).toContain('An earlier version said turnout was 71 percent.');
    }
    const api = (await (
      await t.api('editor', 'GET', `/api/v1/articles/${german.id}/corrections`)
    ).json()) as {
      items: Array<{ kind: string }>;
    };
    expect(api.items).toMatchObject([{ kind: 'correction' }]);
  });

  it('refuses what the API refuses, keeps the form filled in and says why in the newsroom language', async () => {
    const noText = await send(
      english.id,
      [
        ['kind', 'update'],
        ['text', '  '],
        ['languages', 'en'],
      ],
      'de',
    );
    expect(noText.status).toBe(400);
    const noTextHtml = await noText.text();
    expect(noTextHtml).toContain('Schreiben Sie den Text, den die Leserschaft sieht.');
    expect(noTextHtml).toMatch(/<option value="update" selected/);

    const badKind = await send(
      english.id,
      [
        ['kind', 'erratum'],
        ['text', 'x'],
        ['languages', 'en'],
      ],
      'fr',
    );
    expect(badKind.status).toBe(400);
    expect(await badKind.text()).toContain('Choisissez le type de note.');

    const tooLong = await send(english.id, [
      ['kind', 'update'],
      ['text', 'x'.repeat(5001)],
      ['languages', 'en'],
    ]);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('The text may have at most 5,000 characters.');

    const none = await send(
      english.id,
      [
        ['kind', 'update'],
        ['text', 'Something.'],
      ],
      'ru',
    );
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Выберите хотя бы одну языковую версию.');

    // The French version was never published: nothing is written, on any version.
    const unseen = await send(english.id, [
      ['kind', 'update'],
      ['text', 'Not on the draft.'],
      ['languages', 'en'],
      ['languages', 'fr'],
    ]);
    expect(unseen.status).toBe(409);
    expect(await unseen.text()).toContain('Only a language version that readers have seen can be corrected.');
    const notes = (await (
      await t.api('editor', 'GET', `/api/v1/articles/${english.id}/corrections`)
    ).json()) as {
      items: Array<{ text: string }>;
    };
    expect(notes.items.map((n) => n.text)).not.toContain('Not on the draft.');
  });

  it('lets only those who may correct open or send the form', async () => {
    const contributor = await staffSession(t, 'contributor');
    expect((await contributor.request('GET', `/newsroom/articles/${english.id}/correction`)).status).toBe(
      403,
    );
    const sent = await contributor.request(
      'POST',
      `/newsroom/articles/${english.id}/correction`,
      new URLSearchParams({ kind: 'update', text: 'x', languages: 'en' }),
      { csrf: true },
    );
    expect(sent.status).toBe(403);
  });
});
