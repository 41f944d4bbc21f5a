import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

interface MediaItem {
  id: string;
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: string;
  renditions: Array<{ url: string; width: number }>;
}
interface MediaList {
  items: MediaItem[];
  total: number;
  page: number;
  pageSize: number;
}

describe.each(DIALECTS)('media library API on %s', (dialect) => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  const list = async (query: string) => {
    const res = await t.api('contributor', 'GET', `/api/v1/media${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as MediaList;
  };
  const patch = (id: string, body: unknown, role: 'contributor' | 'moderator' = 'contributor') =>
    t.api(role, 'PATCH', `/api/v1/media/${id}`, body);
  const errorOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;

  beforeAll(async () => {
    t = await testApp(dialect);
    const uploads: Array<[string, { alt: string; caption?: string; credit?: string }]> = [
      ['lake', { alt: 'Lake Geneva at dawn', caption: 'Boats near Lausanne', credit: 'Keystone' }],
      [
        'palace',
        { alt: 'The Federal Palace', caption: 'Parliament opens its winter session', credit: 'Reuters' },
      ],
      ['roofs', { alt: 'Über den Dächern von Zürich', credit: 'ÉCOLE Photo' }],
      ['percent', { alt: 'A sign saying 100% organic', credit: 'Keystone' }],
      ['glacier', { alt: 'The Aletsch glacier', caption: 'Melting faster', credit: 'AFP' }],
    ];
    for (const [i, [name, fields]] of uploads.entries()) {
      t.setNow(new Date(Date.UTC(2026, 10, 20, 9, i)));
      ids[name] = await makeImage(t, fields);
    }
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('lists images newest first with their texts, upload time and the total', async () => {
    const all = await list('');
    expect(all.total).toBe(5);
    expect(all.page).toBe(1);
    expect(all.items.map((m) => m.id)).toEqual([ids.glacier, ids.percent, ids.roofs, ids.palace, ids.lake]);
    expect(all.items[0]).toMatchObject({
      alt: 'The Aletsch glacier',
      caption: 'Melting faster',
      credit: 'AFP',
      createdAt: '2026-11-20T09:04:00.000Z',
      width: 1200,
      height: 800,
    });
    expect(all.items[0]?.url).toMatch(/^http:\/\/shortwave\.test\/media\//);
    expect(all.items[0]?.renditions.length).toBeGreaterThan(1);
  });

  it('pages through the list', async () => {
    const second = await list('?page=2&pageSize=2');
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map((m) => m.id)).toEqual([ids.roofs, ids.palace]);
    const beyond = await list('?page=9&pageSize=2');
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it('finds images by alt text, caption or credit, in any case, every word counting', async () => {
    expect((await list('?q=LAKE')).items.map((m) => m.id)).toEqual([ids.lake]);
    expect((await list('?q=winter%20session')).items.map((m) => m.id)).toEqual([ids.palace]);
    expect((await list('?q=keystone')).items.map((m) => m.id)).toEqual([ids.percent, ids.lake]);
    expect((await list('?q=keystone%20boats')).items.map((m) => m.id)).toEqual([ids.lake]);
    const none = await list('?q=volcano');
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('ignores case in letters beyond ASCII too', async () => {
    for (const q of ['über', 'ÜBER', 'dächern', 'zürich', 'école', 'Ecole'.replace('E', 'É')]) {
      expect(
        (await list(`?q=${encodeURIComponent(q)}`)).items.map((m) => m.id),
        q,
      ).toEqual([ids.roofs]);
    }
  });

  it('takes % and _ in a search literally', async () => {
    expect((await list('?q=100%25')).items.map((m) => m.id)).toEqual([ids.percent]);
    expect((await list('?q=_')).total).toBe(0);
    expect((await list('?q=%25')).items.map((m) => m.id)).toEqual([ids.percent]);
  });

  it('refuses a page that is not a positive whole number', async () => {
    for (const query of ['?page=0', '?page=x', '?pageSize=1000']) {
      const res = await t.api('contributor', 'GET', `/api/v1/media${query}`);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('validation_failed');
    }
  });

  it('answers one image, and 404 for an unknown id', async () => {
    const res = await t.api('moderator', 'GET', `/api/v1/media/${ids.palace}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: ids.palace, alt: 'The Federal Palace', credit: 'Reuters' });
    const missing = await t.api('moderator', 'GET', '/api/v1/media/nosuchimage');
    expect(missing.status).toBe(404);
  });

  it('edits alt text, caption and credit, and clears caption and credit with null or empty text', async () => {
    const res = await patch(ids.glacier as string, {
      alt: '  The Aletsch glacier from above ',
      caption: 'The longest glacier of the Alps',
      credit: 'AFP / Jane Doe',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: ids.glacier,
      alt: 'The Aletsch glacier from above',
      caption: 'The longest glacier of the Alps',
      credit: 'AFP / Jane Doe',
    });
    expect((await list('?q=longest')).items.map((m) => m.id)).toEqual([ids.glacier]);

    const cleared = await patch(ids.glacier as string, { caption: null, credit: '' });
    expect(await cleared.json()).toMatchObject({
      alt: 'The Aletsch glacier from above',
      caption: null,
      credit: null,
    });
  });

  it('refuses to empty the alt text, overlong texts and unknown fields, naming the field', async () => {
    for (const [body, field] of [
      [{ alt: '' }, 'alt'],
      [{ alt: '   ' }, 'alt'],
      [{ credit: 'x'.repeat(301) }, 'credit'],
      [{ caption: 'x'.repeat(2001) }, 'caption'],
      [{ photographer: 'Jane' }, undefined],
      [{ alt: 42 }, 'alt'],
    ] as const) {
      const res = await patch(ids.palace as string, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('validation_failed');
      if (field) expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(0);
    }
    const stored = (await (await t.api('editor', 'GET', `/api/v1/media/${ids.palace}`)).json()) as MediaItem;
    expect(stored).toMatchObject({ alt: 'The Federal Palace', credit: 'Reuters' });
  });

  it('answers 404 for an unknown image, 415 for a body that is not JSON, 403 for a moderator', async () => {
    expect((await patch('nosuchimage', { alt: 'Something' })).status).toBe(404);
    const form = await t.app.request(`/api/v1/media/${ids.palace}`, {
      method: 'PATCH',
      body: 'alt=x',
      headers: {
        authorization: `Bearer ${t.tokens.editor}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(form.status).toBe(415);
    const moderator = await patch(ids.palace as string, { alt: 'Changed' }, 'moderator');
    expect(moderator.status).toBe(403);
    expect((await errorOf(moderator)).code).toBe('forbidden');
    expect((await t.api(null, 'PATCH', `/api/v1/media/${ids.palace}`, { alt: 'Changed' })).status).toBe(401);
  });

  it('shows the new credit on a cached article page right after the edit', async () => {
    const article = await makeArticle(t, {
      headline: 'Winter on the lake',
      body: {
        type: 'doc',
        content: [{ type: 'image', attrs: { mediaId: ids.lake, alt: 'Boats on the lake' } }],
      },
    });
    const before = await (await t.app.request(pathOf(article.url))).text();
    expect(before).toContain('© Keystone');
    expect((await patch(ids.lake as string, { credit: 'Swiss Press Photo' })).status).toBe(200);
    const after = await (await t.app.request(pathOf(article.url))).text();
    expect(after).toContain('© Swiss Press Photo');
    expect(after).not.toContain('© Keystone');
  });

  it('describes the list and the edit in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.components.schemas.MediaList?.properties ?? {})).toEqual(
      expect.arrayContaining(['items', 'total', 'page']),
    );
    expect(Object.keys(doc.components.schemas.MediaPatch?.properties ?? {})).toEqual([
      'alt',
      'caption',
      'credit',
    ]);
  });
});
