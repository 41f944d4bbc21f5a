import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/db.js';
import { processTargets, runCli, startServerProcess } from '../support/processes.js';

/** Asks for the page until `done` holds for its body, for at most `tries` seconds. */
async function pageUntil(url: string, done: (body: string) => boolean, tries = 20): Promise<string> {
  let body = '';
  for (let i = 0; i < tries; i++) {
    body = await (await fetch(url)).text();
    if (done(body)) return body;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return body;
}

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe.each(processTargets('cache-purge'))('shortwave cache purge on $name', (target) => {
  it('makes the running server render its pages anew: one page with --key, all without', async () => {
    const { env, drop } = await target.env();
    drops.push(drop);
    const server = await startServerProcess(env);
    try {
      const english = `${server.url}/en/`;
      const german = `${server.url}/de/`;
      const first = await fetch(english);
      expect(await first.text()).toContain('Politics');
      expect(await (await fetch(german)).text()).toContain('Politik');
      // Renamed behind the server's back (not through the newsroom, which would clear the cache).
      const store = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
      const names = { en: 'Politics and Power', de: 'Macht und Politik' };
      const row = await store.db
        .selectFrom('sections')
        .select('name_json')
        .where('slug', '=', 'politics')
        .executeTakeFirstOrThrow();
      await store.db
        .updateTable('sections')
        .set({ name_json: JSON.stringify({ ...JSON.parse(row.name_json), ...names }) })
        .where('slug', '=', 'politics')
        .execute();
      await store.close();
      const cached = await fetch(english);
      expect(cached.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(await cached.text()).not.toContain(names.en);

      const one = await runCli(['cache', 'purge', '--key', '/en/'], env);
      expect(one.code).toBe(0);
      expect(one.stdout).toMatch(/^asked the running servers to drop the cached page \/en\/ \(purge \d+\)/);
      expect(await pageUntil(english, (body) => body.includes(names.en))).toContain(names.en);
      // The other pages stay as they were cached.
      expect(await (await fetch(german)).text()).not.toContain(names.de);

      const all = await runCli(['cache', 'purge'], env);
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/^asked the running servers to drop every cached page \(purge \d+\)/);
      expect(await pageUntil(german, (body) => body.includes(names.de))).toContain(names.de);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  });
});
