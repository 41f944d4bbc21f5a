import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

/** hreflang links of a page: language (or x-default) → absolute address. */
function hreflangsOf(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
}

describe.each(DIALECTS)('languages on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
    await loadDemo({
      db: t.store.db,
      files: mediaFiles(join(t.dir, 'media')),
      now: new Date(),
      publicUrl: PUBLIC_URL,
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('links every translated demo article to all its versions and back, with x-default', async () => {
    let checked = 0;
    for (const language of LANGUAGES) {
      const list = (await (
        await t.app.request(`/api/v1/public/articles?language=${language}&limit=100`)
      ).json()) as {
        items: Array<{ url: string }>;
      };
      for (const { url } of list.items) {
        const links = hreflangsOf(await (await t.app.request(new URL(url).pathname)).text());
        if (links.size === 0) continue;
        checked += 1;
        expect(links.get(language), url).toBe(url);
        expect(links.has('x-default'), url).toBe(true);
        for (const [hreflang, other] of links) {
          if (hreflang === 'x-default') continue;
          const back = hreflangsOf(await (await t.app.request(new URL(other).pathname)).text());
          expect(back, `${other} links back to ${url}`).toEqual(links);
        }
      }
    }
    // The demo tells several stories in many of the ten languages.
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('offers a language switcher that lands on the same story in that language, else on its home', async () => {
    const list = (await (await t.app.request('/api/v1/public/articles?language=en&limit=100')).json()) as {
      items: Array<{ id: string; url: string }>;
    };
    let sameStory = 0;
    for (const { id, url } of list.items) {
      const detail = (await (await t.app.request(`/api/v1/public/articles/${id}`)).json()) as {
        translations: Array<{ language: string; url: string }>;
      };
      const html = await (await t.app.request(new URL(url).pathname)).text();
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const version = detail.translations.find((v) => v.language === language);
        const expected = version ? new URL(version.url).pathname : `/${language}/`;
        expect(html, `${url} → ${language}`).toContain(
          `href="/language/${language}?to=${encodeURIComponent(expected)}"`,
        );
        if (version) sameStory += 1;
      }
    }
    expect(sameStory).toBeGreaterThanOrEqual(4);
  });

  it('remembers an explicit choice of language for /, and never redirects off the site', async () => {
    const choose = await t.app.request(`/language/de?to=${encodeURIComponent('/de/politics')}`);
    expect(choose.status).toBe(303);
    expect(choose.headers.get('location')).toBe('/de/politics');
    const cookie = choose.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sw_lang=de;/);
    expect(cookie).toContain('HttpOnly');
    const home = await t.app.request('/', { headers: { cookie: 'sw_lang=de', 'accept-language': 'en' } });
    expect(home.headers.get('location')).toBe('/de/');
    for (const to of [
      'https://evil.test/de/',
      '//evil.test/de/',
      '/en/politics',
      '/de/\\evil',
      'javascript:alert(1)',
    ]) {
      const res = await t.app.request(`/language/de?to=${encodeURIComponent(to)}`);
      expect(res.headers.get('location'), to).toBe('/de/');
    }
    expect((await t.app.request('/language/xx?to=/xx/')).status).toBe(404);
  });

  it('links the language homes to each other', async () => {
    const links = hreflangsOf(await (await t.app.request('/ja/')).text());
    expect([...links.keys()].sort()).toEqual([...LANGUAGES, 'x-default'].sort());
    expect(links.get('x-default')).toBe(`${PUBLIC_URL}/en/`);
  });
});
