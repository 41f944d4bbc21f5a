/**
 * A language home with few stories of its own: it shows the newest stories from the other
 * languages in a labelled block, each teaser marked with its language (lang, dir, hreflang),
 * one version per story and none the home already tells; a home with enough stories does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/messages/homes/ja.js';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

/** The HTML of the block of other languages on a page, or null when there is none. */
function otherLanguagesBlock(html: string): string | null {
  const start = html.indexOf('<section class="block" aria-labelledby="other-languages">');
  return start < 0 ? null : html.slice(start, html.indexOf('</section>', start));
}

describe.each(DIALECTS)('a language home with one story on %s', (dialect) => {
  let t: TestApp;
  let glacier: ArticleJson;
  let train: ArticleJson;
  const at = (minute: number) => t.setNow(new Date(Date.UTC(2026, 10, 20, 9, minute)));

  beforeAll(async () => {
    t = await testApp(dialect);
    at(0);
    glacier = await makeArticle(t, { headline: 'Glaciers shrink again', section: 'science' });
    at(1);
    train = await makeArticle(t, { headline: 'Voters back night trains' });
    at(2);
    await makeArticle(t, {
      language: 'ja',
      translationOf: train.id,
      headline: '夜行列車の基金を可決',
      lead: '短いリード文。',
    });
    at(3);
    await makeArticle(t, { headline: 'Geneva talks on AI in hospitals' });
    at(4);
    await makeArticle(t, {
      language: 'de',
      translationOf: glacier.id,
      headline: 'Gletscher schmelzen weiter',
      lead: 'Ein kurzer Vorspann.',
    });
    at(5);
    await makeArticle(t, { language: 'ar', headline: 'جنيف تستضيف محادثات جديدة', lead: 'خبر قصير.' });
    for (const n of [1, 2]) {
      at(5 + n);
      await makeArticle(t, { headline: `Short English note ${n}` });
    }
    at(10);
  });

  afterAll(async () => {
    await t.cleanup();
  });

  it('shows the newest stories from other languages, labelled, each marked with its language', async () => {
    const res = await t.app.request('/ja/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('夜行列車の基金を可決');
    const block = otherLanguagesBlock(html);
    expect(block).not.toBeNull();
    expect(block).toContain(ja['homes.otherLanguages.title']);
    // Newest first, one version per story (the glacier story by its German version, the newer),
    // and nothing the home tells itself (the night-train story has a Japanese version).
    const headlines = [...(block ?? '').matchAll(/<h3><a href="[^"]+" hreflang="(\w+)">([^<]+)<\/a>/g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(headlines).toEqual([
      'en: Short English note 2',
      'en: Short English note 1',
      'ar: جنيف تستضيف محادثات جديدة',
      'de: Gletscher schmelzen weiter',
      'en: Geneva talks on AI in hospitals',
    ]);
    expect(block).toContain('<div lang="ar" dir="rtl">');
    expect(block).toContain('<div lang="de" dir="ltr">');
    expect(block).toContain('<p class="label">العربية');
    expect(block).toContain('<p class="label">Deutsch');
    expect(block).not.toContain('Voters back night trains');
    expect(block).not.toContain('Glaciers shrink again');
  });

  it('shows no such block on a home with enough stories of its own', async () => {
    const html = await (await t.app.request('/en/')).text();
    expect(html).toContain('Short English note 2');
    expect(otherLanguagesBlock(html)).toBeNull();
  });

  it('stays cached, and shows a new story from another language once it is published', async () => {
    await t.app.request('/ja/');
    at(20);
    const fresh = await makeArticle(t, { language: 'fr', headline: 'Les glaciers reculent encore' });
    const block = otherLanguagesBlock(await (await t.app.request('/ja/')).text());
    expect(block).toContain(`hreflang="fr">${fresh.headline}</a>`);
    expect(block).toContain('<div lang="fr" dir="ltr">');
  });
});
