/**
 * The demo newsroom: loaded into a fresh SQLite database it shows a full, published,
 * multilingual site; a second load is refused and changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import type { Article } from '../../src/domain/article.js';
import type { BlockNode, InlineNode, ListItemNode } from '../../src/domain/body.js';
import { LANGUAGES, type Language } from '../../src/domain/languages.js';
import { versionSlug } from '../../src/domain/slugs.js';
import { verifyPassword } from '../../src/lib/passwords.js';
import { isExternalHref } from '../../src/lib/urls.js';
import { openSqlite, type Store } from '../../src/storage/db.js';
import { type MediaFiles, mediaFiles } from '../../src/storage/media-files.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { countArticles, findArticle, listArticles } from '../../src/storage/repos/articles.js';
import { findStaffByEmail } from '../../src/storage/repos/staff.js';
import { findReview } from '../../src/storage/repos/translations.js';
import { PUBLIC_URL as APP_URL, type TestApp, testApp } from '../support/app.js';

const PUBLIC_URL = 'http://127.0.0.1:3000';
const NOW = new Date('2026-12-01T09:00:00Z');

async function published(store: Store, language: Language): Promise<Article[]> {
  const { items } = await listArticles(store.db, { language, status: 'published', limit: 500, offset: 0 });
  return items;
}

/** Every inline node of some body blocks, lists and quotes included. */
function inlineNodes(blocks: ReadonlyArray<BlockNode | ListItemNode>): InlineNode[] {
  return blocks.flatMap((node): InlineNode[] => {
    if (node.type === 'paragraph' || node.type === 'heading') return node.content ?? [];
    if (node.type === 'blockquote' || node.type === 'bullet_list' || node.type === 'ordered_list') {
      return inlineNodes(node.content);
    }
    if (node.type === 'list_item') return inlineNodes(node.content);
    return []; // images, embeds and "More" boxes hold no inline text
  });
}

describe('the demo newsroom', () => {
  let tmp: string;
  let store: Store;
  let files: MediaFiles;
  let result: Awaited<ReturnType<typeof loadDemo>>;
  let loadMs: number;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sw-demo-'));
    store = openSqlite(join(tmp, 'shortwave.db'));
    await migrateToLatest(store);
    files = mediaFiles(join(tmp, 'media'));
    const started = performance.now();
    result = await loadDemo({ db: store.db, files, now: NOW, publicUrl: PUBLIC_URL });
    loadMs = performance.now() - started;
  });

  afterAll(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('loads within a few seconds', () => {
    expect(loadMs).toBeLessThan(15_000);
    expect(result.media).toBeGreaterThan(0);
  });

  it('publishes at least 12 English and German articles across four sections', async () => {
    const en = await published(store, 'en');
    const de = await published(store, 'de');
    expect(en.length).toBeGreaterThanOrEqual(6);
    expect(de.length).toBeGreaterThanOrEqual(6);
    expect(en.length + de.length).toBeGreaterThanOrEqual(12);
    const sections = new Set([...en, ...de].map((a) => a.sectionSlug));
    for (const section of ['politics', 'business', 'culture', 'science']) expect(sections).toContain(section);
  });

  it('publishes three or more articles across two sections in each of the eight other languages', async () => {
    const en = await published(store, 'en');
    for (const language of ['fr', 'it', 'es', 'pt', 'ar', 'zh', 'ja', 'ru'] as const) {
      const articles = await published(store, language);
      expect(articles.length, language).toBeGreaterThanOrEqual(3);
      expect(new Set(articles.map((a) => a.sectionSlug)).size, language).toBeGreaterThanOrEqual(2);
      const versions = articles.filter((a) => en.some((e) => e.storyId === a.storyId));
      expect(versions.length, language).toBeGreaterThanOrEqual(3);
    }
    // Japanese and Russian also tell a story of their own, in a third section.
    for (const language of ['ja', 'ru'] as const) {
      const articles = await published(store, language);
      expect(
        articles.some((a) => !en.some((e) => e.storyId === a.storyId)),
        language,
      ).toBe(true);
      expect(new Set(articles.map((a) => a.sectionSlug)).size, language).toBe(3);
    }
  });

  it('gives every published article a hero with alt text and credit, and a distinct past date', async () => {
    const all = await listArticles(store.db, { status: 'published', limit: 500, offset: 0 });
    expect(all.total).toBe(result.articles);
    for (const article of all.items) {
      expect(article.hero?.alt.trim(), article.headline).toBeTruthy();
      expect(article.hero?.credit?.trim(), article.headline).toBeTruthy();
      expect(Date.parse(article.firstPublishedAt ?? '')).toBeLessThan(NOW.getTime());
    }
    expect(new Set(all.items.map((a) => a.firstPublishedAt)).size).toBe(all.items.length);
  });

  it('gives Russian, Japanese, Arabic and Chinese articles ASCII slugs by the rule of ADR 0024', async () => {
    for (const language of ['ru', 'ja', 'ar', 'zh'] as const) {
      const articles = await published(store, language);
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(article.slug).toBe(versionSlug(article.headline, language, article.id));
      }
    }
    // Russian is transliterated into readable words; Japanese keeps its Latin words or the id.
    const ru = await published(store, 'ru');
    expect(ru.every((a) => a.slug.split('-').length >= 3)).toBe(true);
    const ja = await published(store, 'ja');
    expect(ja.every((a) => a.slug.endsWith(`ja-${a.id.slice(0, 6)}`))).toBe(true);
  });

  it('marks every field of its own translations reviewed', async () => {
    for (const language of ['de', 'ru', 'ja'] as const) {
      for (const article of await published(store, language)) {
        const review = await findReview(store.db, article.id);
        if (review) expect(review.unreviewed).toEqual([]);
      }
    }
  });

  it('uses varied type labels', async () => {
    const all = await listArticles(store.db, { status: 'published', limit: 500, offset: 0 });
    const types = new Set(all.items.map((a) => a.type));
    for (const type of ['news', 'opinion', 'analysis', 'explainer', 'interview'])
      expect(types).toContain(type);
  });

  it('links at least three articles to published related stories through "More" boxes', async () => {
    const all = await listArticles(store.db, { status: 'published', limit: 500, offset: 0 });
    let withRelated = 0;
    for (const article of all.items) {
      const targets = article.body.content.flatMap((n) => (n.type === 'related' ? [n.attrs.articleId] : []));
      if (targets.length === 0) continue;
      for (const id of targets) expect((await findArticle(store.db, id))?.status).toBe('published');
      withRelated++;
    }
    expect(withRelated).toBeGreaterThanOrEqual(3);
  });

  it('shows inline images whose files exist, and links to other sites', async () => {
    const all = await listArticles(store.db, { status: 'published', limit: 500, offset: 0 });
    const images = all.items.flatMap((a) =>
      a.body.content.flatMap((n) => (n.type === 'image' ? [n.attrs] : [])),
    );
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(image.alt.trim()).toBeTruthy();
    const first = images[0];
    expect(first && (await files.read(first.mediaId, '640.webp'))).toBeTruthy();
    const hrefs = all.items
      .flatMap((a) => inlineNodes(a.body.content))
      .flatMap((n) =>
        n.type === 'text' ? (n.marks ?? []).flatMap((m) => (m.type === 'link' ? [m.attrs] : [])) : [],
      );
    expect(hrefs.some((l) => l.href.startsWith('https://') && isExternalHref(l.href, PUBLIC_URL))).toBe(true);
    expect(hrefs.some((l) => l.rel === 'nofollow')).toBe(true);
  });

  it('gives the demo desk a newsroom login with a random password, shown once', async () => {
    expect(result.login?.email).toBe('demo-desk@shortwave.example');
    expect(result.login?.password).toMatch(/^[\w-]{16}$/);
    const stored = await findStaffByEmail(store.db, 'demo-desk@shortwave.example');
    expect(stored?.role).toBe('admin');
    expect(await verifyPassword(result.login?.password ?? '', stored?.passwordHash ?? '')).toBe(true);
  });

  it('refuses a second load and leaves the articles as they were', async () => {
    const before = await countArticles(store.db);
    await expect(loadDemo({ db: store.db, files, now: NOW, publicUrl: PUBLIC_URL })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await countArticles(store.db)).toBe(before);
  });
});

/** Paths of article links in some HTML that lead into `language` (/xx/section/slug/id). */
function articleLinks(html: string, language: Language): string[] {
  return [...html.matchAll(new RegExp(`href="(/${language}/[a-z-]+/[^"/]+/[^"/]+)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

describe('the demo newsroom on the reader site', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('sqlite');
    t.setNow(NOW);
    await loadDemo({ db: t.store.db, files: mediaFiles(join(t.dir, 'media')), now: NOW, publicUrl: APP_URL });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('gives every language home at least three stories of its own, in two sections, and a feed', async () => {
    for (const language of LANGUAGES) {
      const res = await t.app.request(`/${language}/`);
      expect(res.status, language).toBe(200);
      const html = await res.text();
      // Only what comes before the block of other languages is the home's own.
      const own = html.split('aria-labelledby="other-languages"')[0] ?? '';
      expect(new Set(articleLinks(own, language)).size, language).toBeGreaterThanOrEqual(3);
      const sections = new Set(articleLinks(own, language).map((path) => path.split('/')[2]));
      expect(sections.size, language).toBeGreaterThanOrEqual(2);
      for (const section of sections) {
        const page = await (await t.app.request(`/${language}/${section}`)).text();
        expect(articleLinks(page, language).length, `/${language}/${section}`).toBeGreaterThan(0);
      }
      const feed = await (await t.app.request(`/${language}/feed.xml`)).text();
      expect(feed.match(/<item>/g)?.length ?? 0, `/${language}/feed.xml`).toBeGreaterThanOrEqual(3);
    }
  });

  it('has a language switcher on every demo article whose every choice leads to a page that exists', async () => {
    const checked = new Set<string>();
    for (const language of LANGUAGES) {
      const home = await (await t.app.request(`/${language}/`)).text();
      for (const path of new Set(articleLinks(home, language))) {
        const article = await t.app.request(path);
        expect(article.status, path).toBe(200);
        const html = await article.text();
        const choices = [...html.matchAll(/href="\/language\/([a-z]{2})\?to=([^"]+)"/g)];
        expect(choices.length, path).toBeGreaterThanOrEqual(LANGUAGES.length - 1);
        for (const [, to, target] of choices) {
          const where = decodeURIComponent(target ?? '');
          expect(where.startsWith(`/${to}/`), `${path} → ${where}`).toBe(true);
          if (checked.has(where)) continue;
          checked.add(where);
          expect((await t.app.request(where)).status, `${path} → ${where}`).toBe(200);
        }
      }
    }
    expect(checked.size).toBeGreaterThanOrEqual(30);
  });
});
