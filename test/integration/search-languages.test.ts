/**
 * The search test set of test/fixtures/search-languages.ts, as a reader meets it: each query
 * typed into `/{lang}/search` finds exactly the articles it must (and so none it must not),
 * on SQLite and on PostgreSQL, and both databases answer every query with the same results
 * in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/languages.js';
import { SEARCH_SET } from '../fixtures/search-languages.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, paragraph, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

/** Per dialect, each query's result keys in the order shown. */
const answers = new Map<string, Map<string, string[]>>();

describe.each(DIALECTS)('the search test set on %s', (dialect) => {
  let t: TestApp;
  /** Article keys by the headline the result page shows. */
  const keyOf = new Map<string, string>();
  const seen = new Map<string, string[]>();
  answers.set(dialect, seen);

  beforeAll(async () => {
    t = await testApp(dialect);
    let day = 0;
    for (const language of LANGUAGES) {
      for (const article of SEARCH_SET[language].articles) {
        day += 1;
        t.setNow(new Date(Date.UTC(2026, 9, 1, day)));
        await makeArticle(t, {
          language,
          headline: article.headline,
          lead: article.lead,
          body: { type: 'doc', content: [paragraph(text(article.body))] },
        });
        keyOf.set(article.headline, article.key);
      }
    }
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const resultKeys = async (language: string, query: string) => {
    const res = await t.app.request(`/${language}/search?q=${encodeURIComponent(query)}`);
    const html = await res.text();
    return [...html.matchAll(/<h2><a href="[^"]*">(.*?)<\/a><\/h2>/g)].map((m) => {
      const headline = (m[1] ?? '').replace(/<\/?mark>/g, '').replaceAll('&#39;', "'");
      return keyOf.get(headline) ?? headline;
    });
  };

  it.each(LANGUAGES)('finds in %s what each query must find, and nothing else', async (language) => {
    const { queries } = SEARCH_SET[language];
    expect(queries.length).toBeGreaterThanOrEqual(15);
    const wrong: string[] = [];
    for (const { q, finds, why } of queries) {
      const keys = await resultKeys(language, q);
      seen.set(`${language} ${q}`, keys);
      const got = [...keys].sort().join(', ');
      const want = [...finds].sort().join(', ');
      if (got !== want) wrong.push(`${q} (${why}): found [${got}], must find [${want}]`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('both databases', () => {
  it('answer every query of the test set with the same articles in the same order', () => {
    const [first, second] = DIALECTS.map((dialect) => answers.get(dialect) ?? new Map());
    expect(first?.size).toBeGreaterThanOrEqual(150);
    expect(Object.fromEntries(second ?? [])).toEqual(Object.fromEntries(first ?? []));
  });
});
