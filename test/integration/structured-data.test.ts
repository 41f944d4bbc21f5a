import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../../src/domain/article.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

type Json = Record<string, unknown>;

function jsonLdOf(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Json,
  );
}

function metaOf(html: string, key: string): string | undefined {
  const match = new RegExp(
    `<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`,
  ).exec(html);
  return match?.[1];
}

const EXPECTED_TYPE = {
  news: 'NewsArticle',
  opinion: 'OpinionNewsArticle',
  analysis: 'AnalysisNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: 'NewsArticle',
  sponsored: 'AdvertiserContentArticle',
} as const;

describe.each(DIALECTS)('structured data and social cards on %s', (dialect) => {
  let t: TestApp;
  let hero: string;
  beforeAll(async () => {
    t = await testApp(dialect);
    await t.api('editor', 'POST', '/api/v1/authors', { slug: 'sara-rossi', name: { en: 'Sara Rossi' } });
    hero = await makeImage(t, { alt: 'Parliament at dusk', credit: 'Keystone' });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it.each(ARTICLE_TYPES)('describes a %s article field by field', async (type) => {
    const made = await makeArticle(t, {
      type,
      headline: `A ${type} piece <about> "quotes"`,
      lead: 'What it is about.',
      authors: ['sara-rossi'],
      dateline: 'Bern',
      source: 'Keystone-SDA',
      hero: { mediaId: hero },
    });
    t.setNow(new Date('2026-11-21T08:00:00Z'));
    await t.api('editor', 'PATCH', `/api/v1/articles/${made.id}`, { lead: 'What it is about, updated.' });
    t.setNow(new Date('2026-11-20T09:00:00Z'));
    const html = await (await t.app.request(pathOf(made.url))).text();
    const [article, breadcrumb] = jsonLdOf(html);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': EXPECTED_TYPE[type],
      headline: `A ${type} piece <about> "quotes"`,
      description: 'What it is about, updated.',
      inLanguage: 'en',
      url: made.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': made.url },
      datePublished: '2026-11-20T09:00:00.000Z',
      dateModified: '2026-11-21T08:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Sara Rossi', url: 'http://shortwave.test/en/authors/sara-rossi' }],
      articleSection: 'Politics',
      locationCreated: { '@type': 'Place', name: 'Bern' },
      sourceOrganization: { name: 'Keystone-SDA' },
      isAccessibleForFree: true,
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Shortwave',
        logo: { url: 'http://shortwave.test/assets/logo.png', width: 600, height: 60 },
      },
    });
    const images = article?.image as Array<{ url: string; width: number }>;
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(images.every((i) => i.url.startsWith('http://shortwave.test/media/'))).toBe(true);
    expect(new Set(images.map((i) => i.width)).size).toBe(images.length);
    expect(breadcrumb).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home', item: 'http://shortwave.test/en/' },
        { position: 2, name: 'Politics', item: 'http://shortwave.test/en/politics' },
        { position: 3, item: made.url },
      ],
    });
    // The JSON cannot end its script element early.
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<about>/);
  });

  it('gives every article Open Graph and Twitter cards and a large-preview robots tag', async () => {
    const made = await makeArticle(t, {
      headline: 'Cards',
      lead: 'Lead for cards.',
      hero: { mediaId: hero },
    });
    const html = await (await t.app.request(pathOf(made.url))).text();
    expect(metaOf(html, 'description')).toBe('Lead for cards.');
    expect(metaOf(html, 'robots')).toBe('max-image-preview:large');
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:title')).toBe('Cards - Shortwave');
    expect(metaOf(html, 'og:url')).toBe(made.url);
    expect(metaOf(html, 'og:image')).toMatch(/^http:\/\/shortwave\.test\/media\/\w+\/\d+\.webp$/);
    expect(metaOf(html, 'og:image:alt')).toBe('Parliament at dusk');
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaOf(html, 'og:locale')).toBe('en_GB');
  });

  it('describes a language home as a WebSite with its search', async () => {
    const html = await (await t.app.request('/de/')).text();
    const [site] = jsonLdOf(html);
    expect(site).toMatchObject({
      '@type': 'WebSite',
      url: 'http://shortwave.test/de/',
      inLanguage: 'de',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'http://shortwave.test/de/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(metaOf(html, 'og:type')).toBe('website');
  });

  it('lets feed readers discover the language and section feeds, which answer', async () => {
    const html = await (await t.app.request('/en/politics')).text();
    const links = [
      ...html.matchAll(/<link rel="alternate" type="(application\/(?:rss|atom)\+xml)" href="([^"]+)"/g),
    ];
    expect(links.map((m) => m[2])).toEqual([
      'http://shortwave.test/en/feed.xml',
      'http://shortwave.test/en/atom.xml',
      'http://shortwave.test/en/politics/feed.xml',
      'http://shortwave.test/en/politics/atom.xml',
    ]);
    for (const [, type, href] of links) {
      const res = await t.app.request(new URL(href!).pathname);
      expect(res.status, href).toBe(200);
      expect(res.headers.get('content-type'), href).toContain(type!);
    }
  });

  it('serves the publisher logo the structured data points to', async () => {
    const res = await t.app.request('/assets/logo.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const sharp = (await import('sharp')).default;
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([600, 60]);
  });
});
