import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe.each(DIALECTS)('articles API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const create = async (body: Record<string, unknown>, role: 'contributor' | 'editor' = 'editor') => {
    const res = await t.api(role, 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      ...body,
    });
    return {
      status: res.status,
      json: (await res.json()) as Record<string, unknown> & { error?: { field?: string } },
    };
  };

  it('keeps the order the editor gave its authors and topics, also after a change', async () => {
    for (const slug of ['zoe-author', 'adam-author', 'mia-author'])
      await t.api('editor', 'POST', '/api/v1/authors', { slug, name: { en: slug } });
    for (const slug of ['zebra', 'apple', 'mango'])
      await t.api('editor', 'POST', '/api/v1/topics', { slug, name: { en: slug } });
    const made = await create({
      headline: 'Ordered bylines',
      authors: ['zoe-author', 'adam-author', 'mia-author'],
      topics: ['mango', 'zebra', 'apple'],
    });
    expect(made.status).toBe(201);
    const read = async () =>
      (await (await t.api('editor', 'GET', `/api/v1/articles/${made.json.id}`)).json()) as {
        authors: string[];
        topics: string[];
      };
    expect(await read()).toMatchObject({
      authors: ['zoe-author', 'adam-author', 'mia-author'],
      topics: ['mango', 'zebra', 'apple'],
    });
    const changed = await t.api('editor', 'PATCH', `/api/v1/articles/${made.json.id}`, {
      version: 1,
      authors: ['mia-author', 'zoe-author'],
      topics: ['apple', 'mango', 'zebra'],
    });
    expect(changed.status).toBe(200);
    expect(await read()).toMatchObject({
      authors: ['mia-author', 'zoe-author'],
      topics: ['apple', 'mango', 'zebra'],
    });
  });

  it('refuses calls without a token, with the JSON error format', async () => {
    const res = await t.api(null, 'GET', '/api/v1/articles');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const bad = await t.app.request('/api/v1/articles', { headers: { authorization: 'Bearer sw_nope' } });
    expect(bad.status).toBe(401);
  });

  it('lets a contributor write a draft but not publish it', async () => {
    const draft = await create(
      { headline: 'Council debates budget', body: { type: 'doc', content: [para('Hello')] } },
      'contributor',
    );
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({ status: 'draft', language: 'en', headline: 'Council debates budget' });
    expect(draft.json.storyId).toEqual(expect.any(String));
    expect(draft.json.url).toBeUndefined();

    const publish = await t.api('contributor', 'POST', `/api/v1/articles/${draft.json.id}/publish`);
    expect(publish.status).toBe(403);
    expect(await publish.json()).toMatchObject({ error: { code: 'forbidden' } });
    const asPublished = await create({ headline: 'Sneaky', status: 'published' }, 'contributor');
    expect(asPublished.status).toBe(403);
  });

  it('lets an editor publish, answering the absolute url of a page that shows the article', async () => {
    const draft = await create({ headline: 'Parliament approves rail tunnel', lead: 'A vote of 120 to 60.' });
    const res = await t.api('editor', 'POST', `/api/v1/articles/${draft.json.id}/publish`);
    expect(res.status).toBe(200);
    const published = (await res.json()) as { url: string; status: string; firstPublishedAt: string };
    expect(published.status).toBe('published');
    expect(published.firstPublishedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(published.url.startsWith(`${PUBLIC_URL}/en/politics/`)).toBe(true);
    const page = await t.app.request(published.url.slice(PUBLIC_URL.length));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Parliament approves rail tunnel');
    expect(html).toContain(`<link rel="canonical" href="${published.url}"/>`);
  });

  it('names the field of a validation error', async () => {
    const noLanguage = await t.api('editor', 'POST', '/api/v1/articles', { headline: 'x' });
    expect(noLanguage.status).toBe(400);
    expect(((await noLanguage.json()) as { error: { field: string } }).error.field).toBe('language');

    const badLink = await create({
      headline: 'x',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'click',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    });
    expect(badLink.status).toBe(400);
    expect(badLink.json.error?.field).toBe('body.content.0.content.0.marks.0.attrs.href');

    const unknownSection = await create({ headline: 'x', section: 'sports' });
    expect(unknownSection.status).toBe(400);
    expect(unknownSection.json.error?.field).toBe('section');

    const unknownField = await create({ headline: 'x', colour: 'red' });
    expect(unknownField.status).toBe(400);

    const nul = await create({ headline: 'Null\u0000byte' });
    expect(nul.status).toBe(400);
    expect(nul.json.error?.field).toBe('headline');

    const notJson = await t.api('editor', 'POST', '/api/v1/articles', undefined, {
      'content-type': 'application/json',
    });
    expect(notJson.status).toBe(400);
  });

  it('sanitises html into body nodes: no scripts, handlers or javascript: links survive', async () => {
    const res = await create({
      headline: 'From HTML',
      html:
        '<h2 onclick="x()">Sub</h2><p>Hello <b>bold</b> <a href="javascript:alert(1)">bad</a> ' +
        '<a href="https://example.org/" rel="nofollow">good</a><script>alert(1)</script></p>' +
        '<iframe src="https://evil.test"></iframe><ul><li>one</li><li>two</li></ul><style>p{}</style>',
    });
    expect(res.status).toBe(201);
    const body = JSON.stringify(res.json.body);
    expect(body).not.toMatch(/script|alert|onclick|javascript|iframe|evil/);
    expect(res.json.body).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hello ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' bad ' },
            {
              type: 'text',
              text: 'good',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/', rel: 'nofollow' } }],
            },
          ],
        },
        {
          type: 'bullet_list',
          content: [
            { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
            { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] },
          ],
        },
      ],
    });
  });

  it('refuses a stale edit with 409 and keeps the newer text', async () => {
    const draft = await create({ headline: 'Version one' });
    const first = await t.api('editor', 'PATCH', `/api/v1/articles/${draft.json.id}`, {
      headline: 'Version two',
      version: 1,
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v2"');
    const stale = await t.api(
      'editor',
      'PATCH',
      `/api/v1/articles/${draft.json.id}`,
      { headline: 'Lost' },
      { 'if-match': '"v1"' },
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict', field: 'version' } });
    const now = await t.api('editor', 'GET', `/api/v1/articles/${draft.json.id}`);
    expect(await now.json()).toMatchObject({ headline: 'Version two', version: 2 });
  });

  it('links a translation into the same story, once per language', async () => {
    const original = await create({ headline: 'Glaciers shrink' });
    const de = await create({
      language: 'de',
      headline: 'Gletscher schrumpfen',
      translationOf: original.json.id,
    });
    expect(de.status).toBe(201);
    expect(de.json.storyId).toBe(original.json.storyId);
    const again = await create({ language: 'de', headline: 'Noch einmal', translationOf: original.json.id });
    expect(again.status).toBe(409);
    const read = await t.api('editor', 'GET', `/api/v1/articles/${original.json.id}`);
    expect(((await read.json()) as { translations: unknown[] }).translations).toEqual([
      { id: de.json.id, language: 'de', status: 'draft' },
    ]);
  });

  it('lists articles filtered by language, status and section', async () => {
    await create({ language: 'fr', headline: 'Un article', section: 'culture' });
    await create({ language: 'fr', headline: 'Publié', section: 'culture', status: 'published' });
    const res = await t.api('editor', 'GET', '/api/v1/articles?language=fr&status=published&section=culture');
    const list = (await res.json()) as { items: Array<{ headline: string }>; total: number };
    expect(list.total).toBe(1);
    expect(list.items.map((a) => a.headline)).toEqual(['Publié']);
    const bad = await t.api('editor', 'GET', '/api/v1/articles?language=xx');
    expect(bad.status).toBe(400);
  });

  it('takes an unpublished article off the reader site', async () => {
    const made = await create({ headline: 'Short-lived', status: 'published' });
    const url = String(made.json.url).slice(PUBLIC_URL.length);
    expect((await t.app.request(url)).status).toBe(200);
    const res = await t.api('editor', 'POST', `/api/v1/articles/${made.json.id}/unpublish`);
    expect(res.status).toBe(200);
    const gone = await t.app.request(url);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('Page not found');
  });

  it('shows a published change at once, also through the page cache', async () => {
    const home1 = await (await t.app.request('/en/')).text();
    expect(home1).not.toContain('Breaking: cache test');
    await create({ headline: 'Breaking: cache test', status: 'published' });
    const home2 = await (await t.app.request('/en/')).text();
    expect(home2).toContain('Breaking: cache test');
  });

  it('publishes a scheduled article when its time has come', async () => {
    const made = await create({
      headline: 'Embargoed report',
      status: 'scheduled',
      publishAt: '2026-11-20T12:00:00Z',
    });
    expect(made.status).toBe(201);
    expect(made.json.status).toBe('scheduled');
    const { publishDueArticles } = await import('../../src/commands/workflow.js');
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T11:59:00Z'))).toEqual([]);
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T12:00:01Z'))).toEqual([made.json.id]);
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T12:00:02Z'))).toEqual([]);
  });

  it('describes itself in an OpenAPI document whose references all resolve', async () => {
    const res = await t.app.request('/api/v1/openapi.json');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/articles', '/api/v1/articles/{id}/publish', '/api/v1/media']),
    );
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });
});
