import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { staffSession } from '../support/newsroom.js';

/**
 * The database briefly out of reach for writes: another process (a backup, a migration, a
 * second instance) holds SQLite's write lock longer than the server waits (busy_timeout, 5 s).
 * The write is answered 503 with Retry-After and says so, in JSON under /api and in the
 * reader's or newsroom's language on pages; reads go on; once the lock is gone, writes work.
 */
describe('when another process holds the SQLite write lock', () => {
  let t: TestApp;
  let other: SqliteDatabase.Database;
  let articleId = '';
  beforeAll(async () => {
    t = await testApp('sqlite', { pageCache: false });
    const res = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'Readable while locked',
      lead: 'A lead.',
      status: 'published',
    });
    articleId = ((await res.json()) as { id: string }).id;
    other = new SqliteDatabase(join(t.dir, 'test.db'));
  });
  afterAll(async () => {
    if (other.inTransaction) other.exec('rollback');
    other.close();
    await t.cleanup();
  });

  it('answers writes 503 with Retry-After and a message in the reader’s and the newsroom’s language, serves reads, and writes again once the lock is gone', async () => {
    const editor = await staffSession(t, 'admin');
    other.exec('begin immediate');

    const api = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'Waits for the lock',
    });
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('2');
    expect(await api.json()).toEqual({
      error: {
        code: 'unavailable',
        message: 'The service is briefly unavailable; try again in a moment',
        requestId: expect.any(String),
      },
    });

    const report = await t.app.request('/ja/about/report-error', {
      method: 'POST',
      body: new URLSearchParams({ article: articleId, text: 'この数字は間違っています。' }),
    });
    expect(report.status).toBe(503);
    expect(report.headers.get('retry-after')).toBe('2');
    const page = await report.text();
    expect(page).toContain('<html lang="ja"');
    expect(page).toContain('サービスは一時的に利用できません');

    const settings = await editor.request(
      'POST',
      '/newsroom/settings/trust',
      new URLSearchParams({ language: 'en', ownership: 'Owned by a foundation.' }),
      { csrf: true, headers: { 'accept-language': 'ru' } },
    );
    expect(settings.status).toBe(503);
    const newsroomPage = await settings.text();
    expect(newsroomPage).toContain('Временно недоступно');
    expect(newsroomPage).toContain('Сервис ненадолго недоступен');

    // Reads do not wait for the write lock.
    const home = await t.app.request('/en/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Readable while locked');

    other.exec('rollback');
    const after = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'After the lock',
    });
    expect(after.status).toBe(201);
  });
});
