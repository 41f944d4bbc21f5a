import { describe, expect, it } from 'vitest';
import { purgePathOf } from '../../src/commands/cache-purge.js';
import { DomainError } from '../../src/domain/errors.js';
import { createPageCache, makePage } from '../../src/http/page-cache.js';

const page = (body: string) =>
  makePage({ base: {}, status: 200, body, contentType: 'text/html; charset=utf-8' });

describe('purging one page of the page cache', () => {
  it('drops the page and its query variants, keeps the others, and refreshes derived data', () => {
    const cache = createPageCache({ enabled: true });
    for (const key of ['/en/', '/en/?page=2', '/en/politics', '/de/']) cache.set(key, page(key));
    const generation = cache.generation;
    expect(cache.purge('/en/')).toBe(2);
    expect(cache.get('/en/')).toBeUndefined();
    expect(cache.get('/en/?page=2')).toBeUndefined();
    expect(cache.get('/en/politics')).toBeDefined();
    expect(cache.get('/de/')).toBeDefined();
    expect(cache.generation).toBeGreaterThan(generation);
  });

  it("gives the purged page's room back, compressed copies included", () => {
    const big = (name: string) =>
      page(`<p>${name}</p>${'<p>Lorem ipsum dolor sit amet, consectetur.</p>'.repeat(200)}`);
    const sample = big('x');
    sample.complete();
    // Room for two such pages (with their brotli and gzip copies), not three.
    const cache = createPageCache({ enabled: true, maxBytes: sample.size * 2 + 10 });
    cache.set('/a', big('a'));
    cache.set('/b', big('b'));
    cache.purge('/a');
    cache.set('/c', big('c'));
    expect(cache.get('/b')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
  });
});

describe('the page an operator names for a purge', () => {
  it('takes a path, or the path and query of a URL of the site', () => {
    expect(purgePathOf('/en/')).toBe('/en/');
    expect(purgePathOf('https://news.example/en/politics/story/a1?x=1')).toBe('/en/politics/story/a1?x=1');
  });

  it('refuses what is not a page path', () => {
    for (const bad of ['en/', '/en /', 'ftp://x/en/', '', `/${'a'.repeat(3000)}`])
      expect(() => purgePathOf(bad), bad).toThrow(DomainError);
  });
});
