import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, paragraph, pathOf, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('corrections on %s', (dialect) => {
  let t: TestApp;
  let article: ArticleJson;
  beforeAll(async () => {
    t = await testApp(dialect);
    article = await makeArticle(t, {
      headline: 'Turnout reached 61 percent',
      body: { type: 'doc', content: [paragraph(text('The original text of the story.'))] },
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const correct = (role: 'editor' | 'contributor', id: string, body: unknown) =>
    t.api(role, 'POST', `/api/v1/articles/${id}/corrections`, body);

  it('lets editors, not contributors, add a dated note, and checks it', async () => {
    expect((await correct('contributor', article.id, { kind: 'correction', text: 'x' })).status).toBe(403);
    expect((await correct('editor', 'nope', { kind: 'correction', text: 'x' })).status).toBe(404);
    const badKind = await correct('editor', article.id, { kind: 'erratum', text: 'x' });
    expect(badKind.status).toBe(400);
    expect(await badKind.json()).toMatchObject({ error: { field: 'kind' } });
    expect((await correct('editor', article.id, { kind: 'update', text: '   ' })).status).toBe(400);
    const draft = await makeArticle(t, { headline: 'Never out', status: 'draft' });
    expect((await correct('editor', draft.id, { kind: 'correction', text: 'x' })).status).toBe(409);
  });

  it('shows a correction above the text and a clarification below it, dated, at once', async () => {
    await t.app.request(pathOf(article.url)); // fills the page cache
    t.setNow(new Date('2026-11-22T14:00:00Z'));
    const res = await correct('editor', article.id, {
      kind: 'correction',
      text: 'An earlier version said turnout was 71 percent.',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ kind: 'correction', createdAt: '2026-11-22T14:00:00.000Z' });
    t.setNow(new Date('2026-11-22T15:00:00Z'));
    await correct('editor', article.id, { kind: 'clarification', text: 'Turnout counts postal votes.' });

    const page = await (await t.app.request(pathOf(article.url))).text();
    const html = page.slice(page.indexOf('<main')); // the head's structured data repeats the notes
    const correction = html.indexOf('An earlier version said turnout was 71 percent.');
    const body = html.indexOf('The original text of the story.');
    const clarification = html.indexOf('Turnout counts postal votes.');
    expect(correction).toBeGreaterThan(0);
    expect(correction).toBeLessThan(body);
    expect(clarification).toBeGreaterThan(body);
    expect(html).toContain('<strong>Correction</strong> (<time datetime="2026-11-22T14:00:00.000Z">');
  });

  it('marks the article updated and lists the notes in its structured data and the public API', async () => {
    const html = await (await t.app.request(pathOf(article.url))).text();
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
    ) as {
      dateModified: string;
      correction: Array<{ '@type': string; text: string; datePublished: string }>;
    };
    expect(ld.dateModified).toBe('2026-11-22T15:00:00.000Z');
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version said turnout was 71 percent.',
        datePublished: '2026-11-22T14:00:00.000Z',
      },
      {
        '@type': 'CorrectionComment',
        text: 'Turnout counts postal votes.',
        datePublished: '2026-11-22T15:00:00.000Z',
      },
    ]);
    const api = (await (await t.app.request(`/api/v1/public/articles/${article.id}`)).json()) as {
      updatedAt: string;
      corrections: Array<{ kind: string }>;
    };
    expect(api.updatedAt).toBe('2026-11-22T15:00:00.000Z');
    expect(api.corrections.map((c) => c.kind)).toEqual(['correction', 'clarification']);
    const sitemap = await (await t.app.request('/sitemaps/en.xml')).text();
    expect(sitemap).toMatch(/<lastmod>2026-11-22T15:00:00(\.000)?(Z|\+00:00)<\/lastmod>/);
  });

  it('lists every note of a language in the public corrections log, newest first, linked from every page', async () => {
    const home = await (await t.app.request('/en/')).text();
    expect(home).toContain('<a href="/en/corrections">Corrections log</a>');
    const res = await t.app.request('/en/corrections');
    expect(res.status).toBe(200);
    const html = await res.text();
    const clarification = html.indexOf('Turnout counts postal votes.');
    const correction = html.indexOf('An earlier version said turnout was 71 percent.');
    expect(clarification).toBeGreaterThan(0);
    expect(clarification).toBeLessThan(correction);
    expect(html).toContain(`<a href="${pathOf(article.url)}">Turnout reached 61 percent</a>`);
    const de = await (await t.app.request('/de/corrections')).text();
    expect(de).toContain('In dieser Sprache wurden keine Korrekturen veröffentlicht.');
    expect((await t.app.request('/en/corrections?page=9')).status).toBe(404);
  });

  it('keeps a retracted article at its address with the notice above the original text', async () => {
    const retracted = await makeArticle(t, {
      headline: 'A story we could not stand by',
      body: { type: 'doc', content: [paragraph(text('What we first published.'))] },
    });
    await correct('editor', retracted.id, { kind: 'retraction', text: 'The sources did not hold up.' });
    const res = await t.app.request(pathOf(retracted.url));
    expect(res.status).toBe(200);
    const page = await res.text();
    const html = page.slice(page.indexOf('<main'));
    const notice = html.indexOf('This article has been retracted.');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(html.indexOf('What we first published.'));
    expect(html).toContain('The sources did not hold up.');
  });
});
