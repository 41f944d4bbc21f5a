import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { processTargets, runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

/**
 * A scheduled article goes out on time also when no server ran at that moment: it is
 * published right after the next start, once, even when two instances start together, and a
 * reader finds it in Chromium on the language home and on its own page.
 */
const targets = processTargets('schedule');

const cleanups: Array<() => Promise<void>> = [];
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGTERM');
  for (const cleanup of cleanups) await cleanup();
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.each(targets)('scheduled publishing across a restart on $name', ({ env: makeEnv }) => {
  it('publishes an article that fell due while the server was down, once, right after start', async () => {
    const { env, drop } = await makeEnv();
    cleanups.push(drop);
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const add = [
      'user',
      'add',
      '--email',
      'ed@x.test',
      '--name',
      'Ed',
      '--role',
      'editor',
      '--password',
      'long-enough-pw',
    ];
    expect((await runCli(add, env)).code).toBe(0);
    const token =
      (await runCli(['token', 'create', '--email', 'ed@x.test'], env)).stdout.trim().split('\n').at(-1) ?? '';
    const api = (server: ServerProcess, path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });

    const first = await startServerProcess(env);
    running.push(first);
    const publishAt = new Date(Date.now() + 3000).toISOString();
    const made = await api(first, '/api/v1/articles', {
      method: 'POST',
      body: JSON.stringify({
        language: 'en',
        section: 'politics',
        headline: 'Polls close at eight',
        lead: 'Scheduled while the desk slept.',
        status: 'scheduled',
        publishAt,
      }),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect((await fetch(`${first.url}/api/v1/public/articles/${id}`)).status).toBe(404);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // Nobody is running when the time comes.
    await sleep(Math.max(0, Date.parse(publishAt) - Date.now()) + 500);
    const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    running.push(a, b);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${a.url}/api/v1/public/articles/${id}`)).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);
    const article = (await (await api(b, `/api/v1/articles/${id}`)).json()) as {
      status: string;
      url: string;
      firstPublishedAt: string;
    };
    expect(article.status).toBe('published');
    expect(Date.parse(article.firstPublishedAt)).toBeGreaterThanOrEqual(Date.parse(publishAt));
    // A reader sees it on the language home and on its own page.
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${a.url}/en/`);
      await page
        .getByRole('link', { name: /Polls close at eight/ })
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === new URL(article.url).pathname);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Polls close at eight');
    } finally {
      await browser.close();
    }
    await sleep(500);
    const history = (await (await api(a, `/api/v1/articles/${id}/revisions`)).json()) as {
      items: Array<{ kind: string }>;
    };
    expect(history.items.filter((r) => r.kind === 'published')).toHaveLength(1);
    for (const server of [a, b]) {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });
});
