import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerFromCache,
  createPageCache,
  isNotModified,
  makePage,
  representationFor,
} from '../../src/http/page-cache.js';

const page = (size: number) =>
  makePage({ base: {}, status: 200, body: 'x'.repeat(size), contentType: 'text/html' });

describe('page cache', () => {
  it('stays within its byte budget, forgetting the least recently used pages first', () => {
    const cache = createPageCache({ enabled: true, maxBytes: 1000 });
    cache.set('/a', page(400));
    cache.set('/b', page(400));
    expect(cache.get('/a')).toBeDefined(); // /a is now the most recently used
    cache.set('/c', page(400));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    cache.set('/huge', page(2000));
    expect(cache.get('/huge')).toBeUndefined();
  });

  it('forgets everything on clear and counts the clears', () => {
    const cache = createPageCache({ enabled: true });
    cache.set('/a', page(10));
    const before = cache.generation;
    cache.clear();
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.generation).toBe(before + 1);
  });

  it('keeps nothing when disabled', () => {
    const cache = createPageCache({ enabled: false });
    cache.set('/a', page(10));
    expect(cache.get('/a')).toBeUndefined();
  });

  it('knows when the client has the current page', () => {
    const p = makePage({
      base: {},
      status: 200,
      body: 'hello',
      contentType: 'text/html',
      headers: { 'last-modified': 'Wed, 18 Nov 2026 10:00:00 GMT' },
    });
    expect(isNotModified(p, p.etag, undefined)).toBe(true);
    expect(isNotModified(p, `"other", ${p.etag.replace('W/', '')}`, undefined)).toBe(true);
    expect(isNotModified(p, '"other"', 'Thu, 19 Nov 2026 10:00:00 GMT')).toBe(false);
    expect(isNotModified(p, undefined, 'Thu, 19 Nov 2026 10:00:00 GMT')).toBe(true);
    expect(isNotModified(p, undefined, 'Tue, 17 Nov 2026 10:00:00 GMT')).toBe(false);
  });
});

/** A page of ordinary HTML, well past the 1 KB under which nothing is compressed. */
const ARTICLE = `<!doctype html><html lang="en"><body>${Array.from(
  { length: 200 },
  (_, i) => `<p>Paragraph ${i} of the story, with some words in it.</p>`,
).join('')}</body></html>`;

describe('page cache on the wire', () => {
  const cache = createPageCache({ enabled: true });
  let server: Server;
  let port: number;

  /** A raw request: the bytes exactly as sent, nothing decompressed. */
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );

  beforeAll(async () => {
    cache.set(
      '/en/story',
      makePage({
        base: { 'content-security-policy': "default-src 'none'" },
        status: 200,
        body: ARTICLE,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-language': 'en' },
      }),
    );
    cache.set('/en/tiny', makePage({ base: {}, status: 200, body: '<p>Hi</p>', contentType: 'text/html' }));
    server = createServer((req, res) => {
      if (answerFromCache(cache, req, res) === null) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends brotli to a browser, gzip to older clients, the plain page to the rest', async () => {
    const br = await get('/en/story', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(ARTICLE);
    const gzip = await get('/en/story', { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(ARTICLE);
    const plain = await get('/en/story');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(ARTICLE);
    for (const answer of [br, gzip, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.headers['content-security-policy']).toBe("default-src 'none'");
      expect(answer.headers['content-language']).toBe('en');
    }
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 4);
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
  });

  it('honours q=0: a coding the client refuses is never sent', async () => {
    const noBrotli = await get('/en/story', { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const none = await get('/en/story', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(ARTICLE);
    const onlyGzip = await get('/en/story', { 'accept-encoding': 'gzip, *;q=0' });
    expect(onlyGzip.headers['content-encoding']).toBe('gzip');
  });

  it('answers 304 to the copy the client holds, and only to that copy', async () => {
    const br = await get('/en/story', { 'accept-encoding': 'br' });
    const again = await get('/en/story', {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    // the brotli copy's tag does not stand for the gzip copy
    const gzip = await get('/en/story', {
      'accept-encoding': 'gzip',
      'if-none-match': String(br.headers.etag),
    });
    expect(gzip.status).toBe(200);
    expect(gunzipSync(gzip.body).toString()).toBe(ARTICLE);
    const gzipAgain = await get('/en/story', {
      'accept-encoding': 'gzip',
      'if-none-match': String(gzip.headers.etag),
    });
    expect(gzipAgain.status).toBe(304);
  });

  it("answers HEAD with the chosen copy's headers and no body", async () => {
    const br = await get('/en/story', { 'accept-encoding': 'br' });
    const head = await get('/en/story', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(br.body.length));
    expect(head.headers.etag).toBe(br.headers.etag);
  });

  it('keeps pages under 1 KB as they are, without Vary', async () => {
    const tiny = await get('/en/tiny', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers.vary).toBeUndefined();
    expect(tiny.body.toString()).toBe('<p>Hi</p>');
  });
});

describe('compressed copies of a page', () => {
  it('are made once, as the page enters the cache, and counted in its budget', () => {
    const p = makePage({ base: {}, status: 200, body: ARTICLE, contentType: 'text/html' });
    expect(p.size).toBe(p.bytes.length); // nothing compressed before it is needed
    createPageCache({ enabled: true }).set('/a', p);
    const br = representationFor(p, 'br');
    const gzip = representationFor(p, 'gzip');
    expect(p.size).toBe(p.bytes.length + br.bytes.length + gzip.bytes.length);
    expect(representationFor(p, 'br, gzip')).toBe(br); // the same copy, not compressed again
    const small = createPageCache({ enabled: true, maxBytes: p.bytes.length + 10 });
    small.set('/a', makePage({ base: {}, status: 200, body: ARTICLE, contentType: 'text/html' }));
    expect(small.get('/a')).toBeUndefined(); // with its copies, it is over the budget
  });

  it('of a page that is not cached: only the one asked for is made', () => {
    const p = makePage({ base: {}, status: 200, body: ARTICLE, contentType: 'text/html' });
    const gzip = representationFor(p, 'gzip');
    expect(p.size).toBe(p.bytes.length + gzip.bytes.length);
  });

  it('keep a Vary the page already had', () => {
    const p = makePage({
      base: {},
      status: 200,
      body: ARTICLE,
      contentType: 'text/html',
      headers: { vary: 'Cookie' },
    });
    expect(representationFor(p, 'gzip').headers.vary).toBe('Cookie, Accept-Encoding');
  });

  it('are not made for pictures', () => {
    const p = makePage({ base: {}, status: 200, body: ARTICLE, contentType: 'image/svg+xml' });
    expect(p.offered).toEqual(['br', 'gzip', 'identity']); // SVG is text
    const jpeg = makePage({ base: {}, status: 200, body: ARTICLE, contentType: 'image/jpeg' });
    expect(jpeg.offered).toEqual(['identity']);
    expect(representationFor(jpeg, 'br').headers['content-encoding']).toBeUndefined();
  });
});
