/**
 * What a reader downloads, compressed: pages, feeds, sitemaps and scripts in brotli or gzip
 * as the client asks, each copy decompressing to exactly the plain body, with the same
 * security headers; pictures as they are.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, pathOf } from '../support/builders.js';

const BROWSER = 'gzip, deflate, br, zstd';

/** Headers that must not differ between the copies of one answer. */
const sameAcrossCopies = (headers: Headers) => {
  const kept = Object.fromEntries(headers.entries());
  // The request id is each answer's own.
  for (const name of ['content-encoding', 'etag', 'content-length', 'x-request-id']) delete kept[name];
  return kept;
};

// Content coding is the HTTP layer's own: one database is enough.
describe('compression', () => {
  let t: TestApp;
  let article: string;

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  /** The three copies of an answer, checked to be the same body with the same headers. */
  const expectCopies = async (path: string) => {
    const plain = await get(path);
    const br = await get(path, { 'accept-encoding': BROWSER });
    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    expect(plain.res.status).toBe(200);
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(gzip.res.headers.get('content-encoding')).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    for (const copy of [plain, br, gzip]) {
      expect(copy.res.headers.get('vary')).toContain('Accept-Encoding');
      expect(sameAcrossCopies(copy.res.headers)).toEqual(sameAcrossCopies(plain.res.headers));
    }
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length);
    return { plain, br, gzip };
  };

  beforeAll(async () => {
    t = await testApp('sqlite');
    const hero = await makeImage(t, { alt: 'The Federal Palace in Bern', credit: 'Keystone' });
    article = pathOf(
      (await makeArticle(t, { headline: 'Voters back pension reform', hero: { mediaId: hero } })).url,
    );
  });
  afterAll(() => t.cleanup());

  it('sends pages in brotli or gzip, with their security headers and CSP unchanged', async () => {
    const { plain, br } = await expectCopies(article);
    expect(plain.res.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-/);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    await expectCopies('/en/');
    // the cached copy is served the same way
    const cached = await get(article, { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(cached.body).equals(plain.body)).toBe(true);
  });

  it('answers 304 per copy: each coding has its own ETag', async () => {
    const { br, gzip, plain } = await expectCopies(article);
    const tags = [br, gzip, plain].map((copy) => copy.res.headers.get('etag'));
    expect(new Set(tags).size).toBe(3);
    const revalidated = await get(article, { 'accept-encoding': 'br', 'if-none-match': tags[0] ?? '' });
    expect(revalidated.res.status).toBe(304);
    expect(revalidated.res.headers.get('etag')).toBe(tags[0]);
    const otherCopy = await get(article, { 'accept-encoding': 'gzip', 'if-none-match': tags[0] ?? '' });
    expect(otherCopy.res.status).toBe(200);
    expect(otherCopy.res.headers.get('content-encoding')).toBe('gzip');
  });

  it('respects a client that refuses a coding with q=0', async () => {
    const noBrotli = await get(article, { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.res.headers.get('content-encoding')).toBe('gzip');
    const plainOnly = await get(article, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plainOnly.res.headers.get('content-encoding')).toBeNull();
    expect(plainOnly.body.toString()).toContain('Voters back pension reform');
  });

  it('compresses feeds and sitemaps', async () => {
    await expectCopies('/en/feed.xml');
    await expectCopies('/en/atom.xml');
    // a sitemap index of one sitemap is under 1 KB: sent as it is, nothing to vary
    const index = await get('/sitemap.xml', { 'accept-encoding': BROWSER });
    expect(index.body.length).toBeLessThan(1024);
    expect(index.res.headers.get('content-encoding')).toBeNull();
    expect(index.res.headers.get('vary')).toBeNull();
  });

  it('compresses the browser islands once, keeping their long caching and revalidation', async () => {
    const { br, plain } = await expectCopies('/assets/comments.js');
    expect(plain.body.toString()).toContain('comment');
    const etag = br.res.headers.get('etag') ?? '';
    expect(etag).not.toBe(plain.res.headers.get('etag'));
    const revalidated = await get('/assets/comments.js', {
      'accept-encoding': BROWSER,
      'if-none-match': etag,
    });
    expect(revalidated.res.status).toBe(304);
  });

  it('sends pictures as they are, whatever the client accepts', async () => {
    const html = (await get(article)).body.toString();
    const picture = /<img[^>]* src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(picture).toMatch(/^\/media\//);
    for (const path of [picture, '/assets/logo.png', '/favicon.ico']) {
      const { res } = await get(path, { 'accept-encoding': BROWSER });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^image\//);
      expect(res.headers.get('content-encoding'), path).toBeNull();
    }
  });
});
