import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, makeImage, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('public read API on %s', (dialect) => {
  let t: TestApp;
  let published: ArticleJson;
  let german: ArticleJson;
  let draft: ArticleJson;

  beforeAll(async () => {
    t = await testApp(dialect);
    await t.api('editor', 'POST', '/api/v1/topics', { slug: 'climate', name: { en: 'Climate' } });
    await t.api('editor', 'POST', '/api/v1/authors', { slug: 'li-wei', name: { en: 'Li Wei' } });
    const hero = await makeImage(t, { alt: 'A glacier', caption: 'Aletsch', credit: 'Keystone' });
    published = await makeArticle(t, {
      headline: 'Glaciers lost a record share',
      section: 'science',
      topics: ['climate'],
      authors: ['li-wei'],
      hero: { mediaId: hero },
    });
    german = await makeArticle(t, {
      language: 'de',
      headline: 'Gletscher verlieren',
      lead: 'Ein kurzer Vorspann.',
      translationOf: published.id,
    });
    await makeArticle(t, {
      language: 'zh',
      headline: '冰川草稿',
      translationOf: published.id,
      status: 'draft',
    });
    draft = await makeArticle(t, { headline: 'Secret draft', section: 'science', status: 'draft' });
    await makeArticle(t, { headline: 'Budget vote', section: 'politics' });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers });
    return { res, json: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : {} };
  };

  it('lists published articles of a language without a token, open to other origins', async () => {
    const { res, json } = await get('/api/v1/public/articles?language=en', { origin: 'https://app.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toContain('public');
    const items = json.items as Array<{
      headline: string;
      url: string;
      hero: { renditions: unknown[] } | null;
    }>;
    expect(items.map((a) => a.headline).sort()).toEqual(['Budget vote', 'Glaciers lost a record share']);
    expect(JSON.stringify(json)).not.toContain('Secret draft');
    expect(items.find((a) => a.hero)?.hero?.renditions.length).toBeGreaterThan(1);
  });

  it('filters by section, topic and author, and pages', async () => {
    const bySection = await get('/api/v1/public/articles?language=en&section=politics');
    expect((bySection.json.items as Array<{ headline: string }>).map((a) => a.headline)).toEqual([
      'Budget vote',
    ]);
    const byTopic = await get('/api/v1/public/articles?language=en&topic=climate');
    expect((byTopic.json.items as Array<{ id: string }>).map((a) => a.id)).toEqual([published.id]);
    const byAuthor = await get('/api/v1/public/articles?language=en&author=li-wei');
    expect(byAuthor.json.total).toBe(1);
    const paged = await get('/api/v1/public/articles?language=en&limit=1&offset=1');
    expect(paged.json).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect((paged.json.items as unknown[]).length).toBe(1);
  });

  it('answers one article with its body and only its published translations', async () => {
    const { res, json } = await get(`/api/v1/public/articles/${published.id}`);
    expect(res.status).toBe(200);
    expect(json).toMatchObject({
      id: published.id,
      url: published.url,
      section: { slug: 'science', name: 'Science' },
      authors: [{ slug: 'li-wei', name: 'Li Wei', url: 'http://shortwave.test/en/authors/li-wei' }],
      body: { type: 'doc' },
    });
    expect(json.translations).toEqual([{ id: german.id, language: 'de', url: german.url }]);
  });

  it('never shows a draft, and says what is wrong with a bad query', async () => {
    const hidden = await t.app.request(`/api/v1/public/articles/${draft.id}`);
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ error: { code: 'not_found' } });
    const bad = await t.app.request('/api/v1/public/articles?language=xx');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'language' } });
  });

  it('revalidates with ETag: 304 until the article changes', async () => {
    const first = await t.app.request(`/api/v1/public/articles/${published.id}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"/);
    const same = await t.app.request(`/api/v1/public/articles/${published.id}`, {
      headers: { 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
    await t.api('editor', 'PATCH', `/api/v1/articles/${published.id}`, { lead: 'A new lead.' });
    const changed = await t.app.request(`/api/v1/public/articles/${published.id}`, {
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/api/v1/public/articles']).toBeDefined();
    expect(doc.paths['/api/v1/public/articles/{id}']).toBeDefined();
    expect(doc.components.schemas.PublicArticle).toBeDefined();
    expect(pathOf(published.url)).toMatch(/^\/en\/science\//);
  });
});
