import { afterAll, describe, expect, it } from 'vitest';
import { processTargets, type ServerProcess, startServerProcess } from '../support/processes.js';

/**
 * Reads are counted in memory and written in batches; a clean stop (SIGTERM) writes what is
 * still buffered. Runs the built server as a process on SQLite always, and on PostgreSQL when
 * a server is configured (TEST_DATABASE_URL).
 */
const targets = processTargets('reads');

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const running: ServerProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const server of running) {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
  for (const cleanup of cleanups) await cleanup();
});

async function stop(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

function beacon(server: ServerProcess, articleId: string, reader: string, userAgent = FIREFOX) {
  return fetch(`${server.url}/api/v1/public/views`, {
    method: 'POST',
    body: JSON.stringify({ articleId }),
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': userAgent,
      'x-forwarded-for': reader,
    },
  });
}

describe.each(targets)('buffered read counts on $name', ({ env: makeEnv }) => {
  it('are written on SIGTERM and ranked after a restart', async () => {
    const { env, drop } = await makeEnv();
    cleanups.push(drop);
    // The first start loads the demo newsroom.
    // Readers are told apart by the address the (test's own) proxy forwards.
    const first = await startServerProcess({ ...env, TRUSTED_PROXIES: '127.0.0.1' }, []);
    running.push(first);
    const list = (await (await fetch(`${first.url}/api/v1/public/articles?language=en&limit=2`)).json()) as {
      items: Array<{ id: string; headline: string }>;
    };
    const [a, b] = list.items;
    if (!a || !b) throw new Error('the demo has English articles');
    for (const reader of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.1']) {
      expect((await beacon(first, a.id, reader)).status).toBe(204);
    }
    expect((await beacon(first, b.id, '198.51.100.1')).status).toBe(204);
    expect(
      (await beacon(first, b.id, '198.51.100.9', 'Mozilla/5.0 (compatible; Googlebot/2.1)')).status,
    ).toBe(204);
    expect(await stop(first)).toBe(0);

    const second = await startServerProcess({ ...env, TRUSTED_PROXIES: '127.0.0.1' }, ['--no-demo']);
    running.push(second);
    const popular = (await (
      await fetch(`${second.url}/api/v1/public/popular?language=en&window=24h`)
    ).json()) as {
      items: Array<{ id: string; reads: number }>;
    };
    expect(popular.items.map((item) => [item.id, item.reads])).toEqual([
      [a.id, 3],
      [b.id, 1],
    ]);
    expect(await stop(second)).toBe(0);
  });
});
