import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('newsroom media library pages on %s', (dialect) => {
  let t: TestApp;
  let contributor: StaffSession;
  let moderator: StaffSession;
  let lakeId: string;

  const photo = () =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: '#48c' } })
      .jpeg()
      .toBuffer();
  const uploadForm = (data: Buffer | string, fields: Record<string, string>) => {
    const body = new FormData();
    body.set('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), 'picture.jpg');
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    return body;
  };

  beforeAll(async () => {
    t = await testApp(dialect);
    lakeId = await makeImage(t, { alt: 'Lake Geneva at dawn', credit: 'Keystone' });
    t.setNow(new Date('2026-11-20T09:05:00Z'));
    await makeImage(t, { alt: 'The Federal Palace', credit: 'Reuters' });
    await makeArticle(t, { headline: 'Boats return to the lake', hero: { mediaId: lakeId } });
    contributor = await staffSession(t, 'contributor');
    moderator = await staffSession(t, 'moderator');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('shows the grid newest first with an upload form, and searches it', async () => {
    const res = await contributor.request('GET', '/newsroom/media');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>Media library</h1>');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html.indexOf('The Federal Palace')).toBeLessThan(html.indexOf('Lake Geneva at dawn'));
    const found = await (await contributor.request('GET', '/newsroom/media?q=geneva')).text();
    expect(found).toContain('Lake Geneva at dawn');
    expect(found).not.toContain('The Federal Palace');
    expect(found).toContain('1 image');
    expect(found).not.toContain('1 images');
  });

  it('uploads with the plain form and leads to the image to check its texts', async () => {
    const res = await contributor.request(
      'POST',
      '/newsroom/media',
      uploadForm(await photo(), { alt: 'A tram in Basel', caption: 'Line 8', credit: 'BVB' }),
      { csrf: true },
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/newsroom\/media\/[a-z0-9]+\?uploaded=1$/);
    const html = await (await contributor.request('GET', location)).text();
    expect(html).toContain('Uploaded. Check the alt text, caption and credit.');
    expect(html).toContain('>A tram in Basel</textarea>');
    expect(html).toContain('>BVB</textarea>');
  });

  it('refuses what the media API refuses, with its message, keeping the texts typed', async () => {
    const res = await contributor.request(
      'POST',
      '/newsroom/media',
      uploadForm('just some text', { alt: 'Not an image', credit: 'Me' }),
      { csrf: true },
    );
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain('The file is not an image we can read');
    expect(html).toContain('value="Not an image"');
  });

  it('refuses a form without the CSRF token', async () => {
    const res = await contributor.request('POST', '/newsroom/media', uploadForm(await photo(), {}));
    expect(res.status).toBe(403);
  });

  it('edits alt text, caption and credit with the plain form', async () => {
    const form = new URLSearchParams({ alt: 'Lake Geneva at sunrise', caption: 'Calm water', credit: 'AFP' });
    const res = await contributor.request('POST', `/newsroom/media/${lakeId}`, form, { csrf: true });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/newsroom/media/${lakeId}?saved=1`);
    const api = (await (await t.api('editor', 'GET', `/api/v1/media/${lakeId}`)).json()) as Record<
      string,
      unknown
    >;
    expect(api).toMatchObject({ alt: 'Lake Geneva at sunrise', caption: 'Calm water', credit: 'AFP' });
    const html = await (await contributor.request('GET', `/newsroom/media/${lakeId}?saved=1`)).text();
    expect(html).toContain('Saved.');
  });

  it('refuses to empty the alt text, saying why and keeping what was typed', async () => {
    const form = new URLSearchParams({ alt: '  ', caption: 'New caption', credit: 'AFP' });
    const res = await contributor.request('POST', `/newsroom/media/${lakeId}`, form, { csrf: true });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('the alt text may not be empty');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('>New caption</textarea>');
    const api = (await (await t.api('editor', 'GET', `/api/v1/media/${lakeId}`)).json()) as Record<
      string,
      unknown
    >;
    expect(api.caption).toBe('Calm water');
  });

  it('shows the id to reuse and the articles that use the image', async () => {
    const html = await (await contributor.request('GET', `/newsroom/media/${lakeId}`)).text();
    expect(html).toContain(`value="${lakeId}"`);
    expect(html).toContain('Boats return to the lake');
    expect(html).toContain('main image');
  });

  it('lets a moderator look but not change', async () => {
    const page = await (await moderator.request('GET', `/newsroom/media/${lakeId}`)).text();
    expect(page).toContain('Your role may look at images but not change them.');
    expect(page).not.toContain('enctype="multipart/form-data"');
    const form = new URLSearchParams({ alt: 'Changed' });
    expect((await moderator.request('POST', `/newsroom/media/${lakeId}`, form, { csrf: true })).status).toBe(
      403,
    );
    const grid = await (await moderator.request('GET', '/newsroom/media')).text();
    expect(grid).not.toContain('id="library-upload"');
  });

  it('answers 404 for an unknown image', async () => {
    expect((await contributor.request('GET', '/newsroom/media/nosuchimage')).status).toBe(404);
  });
});
