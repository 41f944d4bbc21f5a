import { describe, expect, it } from 'vitest';
import { createPageCache, isNotModified, makePage } from '../../src/http/page-cache.js';

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
