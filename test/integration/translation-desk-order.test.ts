/**
 * The translation desk lists the stories a language lacks by importance, on SQLite and
 * PostgreSQL: pinned to a front page first, then the most read of the last seven days, then
 * the stories missing in the most languages, then the newest; and the page says so.
 * @example npx vitest run test/integration/translation-desk-order.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReads } from '../../src/storage/repos/rankings.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('the translation desk on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  const at = (minute: number) => t.setNow(new Date(Date.UTC(2026, 10, 20, 9, minute)));
  beforeAll(async () => {
    t = await testApp(dialect);
    editor = await staffSession(t, 'editor');
    at(0);
    const pinned = await makeArticle(t, { headline: 'Oldest story, pinned to the front page' });
    at(1);
    await makeArticle(t, { headline: 'Older story, no version anywhere else' });
    at(2);
    const read = await makeArticle(t, { headline: 'Most read story of the week' });
    at(3);
    const german = await makeArticle(t, { headline: 'Newer story, already in German' });
    at(5);
    // The desk shows a story by its newest version: here the German one.
    await makeArticle(t, {
      language: 'de',
      translationOf: german.id,
      headline: 'Neuere Geschichte, schon auf Deutsch',
      lead: 'Ein kurzer Vorspann.',
      reviewed: ['headline', 'lead', 'body'],
    });
    at(4);
    await makeArticle(t, { headline: 'Newest story' });
    expect(
      (await t.api('editor', 'PUT', '/api/v1/front-pages/en', { pins: [{ articleId: pinned.id }] })).status,
    ).toBe(200);
    await addReads(t.store.db, [{ articleId: read.id, hour: '2026-11-20T09:00:00Z', reads: 40 }]);
  });
  afterAll(async () => t.cleanup());

  it('puts pinned, then most read, then the stories lacking most languages, then the newest first', async () => {
    const html = await (await editor.request('GET', '/newsroom/translations?language=ja')).text();
    const order = [
      'Oldest story, pinned to the front page',
      'Most read story of the week',
      'Newest story',
      'Older story, no version anywhere else',
      'Neuere Geschichte, schon auf Deutsch',
    ].map((headline) => html.indexOf(headline));
    expect(order.map((index, i) => (index < 0 ? i : -1)).filter((i) => i >= 0)).toEqual([]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain(
      'Order: stories pinned to a front page first, then the most read in the last seven days',
    );
  });
});
