/**
 * An image uploaded with its texts (as the editor's image dialog and paste or drop send them:
 * multipart `alt`, `caption`, `credit`) keeps them in the media library: the library shows
 * them and finds the image by any of them; texts typed after the upload are saved with PATCH.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('texts of uploaded images on %s', (dialect) => {
  let t: TestApp;
  let contributor: StaffSession;
  let jpeg: Buffer;
  beforeAll(async () => {
    t = await testApp(dialect);
    contributor = await staffSession(t, 'contributor');
    jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#36a' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** An upload as the editor's island sends it: the session's cookie and CSRF header. */
  const upload = (fields: Record<string, string>) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return contributor.request('POST', '/api/v1/media', form, {
      headers: { 'x-csrf-token': contributor.csrf },
    });
  };

  it('stores alt text, caption and credit sent with the upload, and the library shows and finds them', async () => {
    const res = await upload({
      alt: 'Rowing boats moored at dawn',
      caption: 'Quai Wilson',
      credit: 'Fotoagentur Zug',
    });
    expect(res.status).toBe(201);
    const item = (await res.json()) as { id: string; alt: string; caption: string; credit: string };
    expect(item).toMatchObject({
      alt: 'Rowing boats moored at dawn',
      caption: 'Quai Wilson',
      credit: 'Fotoagentur Zug',
    });

    for (const q of ['rowing', 'wilson', 'fotoagentur']) {
      const html = await (await contributor.request('GET', `/newsroom/media?q=${q}`)).text();
      const grid = html.slice(html.indexOf('class="media-grid"'));
      expect(grid, q).toContain('Rowing boats moored at dawn');
      expect(grid, q).toContain('Quai Wilson');
      expect(grid, q).toContain('© Fotoagentur Zug');
      expect(html, q).toContain('1 image');
      const api = (await (await contributor.request('GET', `/api/v1/media?q=${q}`)).json()) as {
        items: Array<{ id: string }>;
      };
      expect(
        api.items.map((i) => i.id),
        q,
      ).toEqual([item.id]);
    }
  });

  it('keeps texts typed after the upload once they are saved, and finds the image by them', async () => {
    const bare = (await (await upload({})).json()) as { id: string };
    const before = await (await contributor.request('GET', '/api/v1/media?q=limmat')).json();
    expect(before).toMatchObject({ total: 0 });
    const saved = await contributor.request('PATCH', `/api/v1/media/${bare.id}`, {
      alt: 'The Limmat in spring',
      caption: 'High water',
      credit: 'Keystone',
    });
    expect(saved.status).toBe(200);
    const after = (await (await contributor.request('GET', '/api/v1/media?q=limmat')).json()) as {
      items: Array<{ id: string; caption: string; credit: string }>;
    };
    expect(after.items).toMatchObject([{ id: bare.id, caption: 'High water', credit: 'Keystone' }]);
  });

  it('documents the upload’s text fields in the OpenAPI description', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { description?: string }> }> };
    };
    const upload = doc.components.schemas.MediaUpload?.properties ?? {};
    expect(Object.keys(upload)).toEqual(['file', 'alt', 'caption', 'credit']);
    for (const name of ['alt', 'caption', 'credit'])
      expect(upload[name]?.description, name).toMatch(/media library/);
  });
});
