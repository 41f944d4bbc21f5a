import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

async function photo(width: number, height: number, withGps = false): Promise<Buffer> {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } },
  }).jpeg();
  return withGps
    ? image.withExif({ IFD0: { Copyright: 'Secret Owner', Artist: 'Hidden Photographer' } }).toBuffer()
    : image.toBuffer();
}

function form(data: Buffer | string, name: string, fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  body.set('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  return body;
}

describe.each(DIALECTS)('media API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const upload = (body: FormData, role: 'contributor' | 'moderator' = 'contributor') =>
    t.app.request('/api/v1/media', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${t.tokens[role]}` },
    });

  it('stores a real image and makes responsive renditions no wider than the original', async () => {
    const res = await upload(
      form(await photo(1500, 1000), 'lake.jpg', {
        alt: 'A lake',
        caption: 'Lake Geneva',
        credit: 'Keystone',
      }),
    );
    expect(res.status).toBe(201);
    const media = (await res.json()) as {
      id: string;
      url: string;
      width: number;
      height: number;
      renditions: Array<{ url: string; width: number; height: number }>;
    };
    expect(media).toMatchObject({ width: 1500, height: 1000 });
    expect(media.renditions.map((r) => r.width)).toEqual([320, 640, 960, 1280, 1500]);
    expect(media.renditions.every((r) => Math.abs(r.height - (r.width * 2) / 3) <= 1)).toBe(true);
    const file = await t.app.request(new URL(media.renditions[0]!.url).pathname);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(320);
  });

  it('publishes renditions without the EXIF metadata of the upload', async () => {
    const original = await photo(800, 600, true);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(form(original, 'people.jpg', { alt: 'People' }));
    const media = (await res.json()) as { renditions: Array<{ url: string }> };
    for (const r of media.renditions) {
      const data = Buffer.from(await (await t.app.request(new URL(r.url).pathname)).arrayBuffer());
      expect((await sharp(data).metadata()).exif).toBeUndefined();
      expect(data.includes(Buffer.from('Hidden Photographer'))).toBe(false);
    }
  });

  it('judges by content, not by name: a text file named .jpg is refused', async () => {
    const res = await upload(form('this is not an image at all', 'photo.jpg'));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type', field: 'file' } });
  });

  it('refuses images with too many pixels with 413', async () => {
    const huge = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const res = await upload(form(huge, 'huge.png'));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('refuses uploads over the byte limit with 413 before reading them', async () => {
    const res = await upload(form(Buffer.alloc(21 * 1024 * 1024, 1), 'big.jpg'));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large', field: 'file' } });
  });

  it('says what is missing when there is no file', async () => {
    const body = new FormData();
    body.set('alt', 'nothing');
    const res = await upload(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: 'file' } });
  });

  it('lets only writing roles upload', async () => {
    const res = await upload(form(await photo(100, 100), 'a.jpg'), 'moderator');
    expect(res.status).toBe(403);
  });

  it('never serves the private original', async () => {
    const res = await upload(form(await photo(400, 300), 'b.jpg', { alt: 'B' }));
    const { id } = (await res.json()) as { id: string };
    expect((await t.app.request(`/media/${id}/original.jpg`)).status).toBe(404);
  });
});
