import { afterAll, describe, expect, it } from 'vitest';
import { processTargets, runCli, startServerProcess } from '../support/processes.js';

/**
 * Kills the server with SIGKILL in the middle of a stream of article saves, restarts it, and
 * checks that every save it acknowledged is there, complete. Runs on SQLite always and on
 * PostgreSQL when a server is configured (TEST_DATABASE_URL).
 */
const targets = processTargets('durable');

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe.each(targets)('acknowledged saves survive SIGKILL on $name', ({ env: makeEnv }) => {
  it('finds every acknowledged save complete after a kill and restart', async () => {
    const { env, drop } = await makeEnv();
    cleanups.push(drop);
    expect((await runCli(['migrate'], env)).code).toBe(0);
    expect(
      (
        await runCli(
          [
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
          ],
          env,
        )
      ).code,
    ).toBe(0);
    const token = (await runCli(['token', 'create', '--email', 'ed@x.test'], env)).stdout
      .trim()
      .split('\n')
      .at(-1)!;

    const server = await startServerProcess(env);
    const acknowledged = new Map<string, { headline: string; text: string; version: number }>();
    const attempted = new Map<string, { headline: string; text: string; version: number }>();
    let stop = false;
    const save = async (worker: number, n: number) => {
      const headline = `Save ${worker}-${n}`;
      const text = `Paragraph ${worker}-${n} `.repeat(50);
      const res = await fetch(`${server.url}/api/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          language: 'en',
          section: 'politics',
          headline,
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        }),
      });
      if (res.status !== 201) return;
      const created = (await res.json()) as { id: string; version: number };
      acknowledged.set(created.id, { headline, text, version: created.version });
      // Sent but maybe never answered: the kill can land after the commit and before the answer.
      attempted.set(created.id, { headline: `${headline} (edited)`, text, version: created.version + 1 });
      const patch = await fetch(`${server.url}/api/v1/articles/${created.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ headline: `${headline} (edited)`, version: created.version }),
      });
      if (patch.status === 200) {
        const edited = (await patch.json()) as { version: number };
        acknowledged.set(created.id, { headline: `${headline} (edited)`, text, version: edited.version });
      }
    };
    const workers = Array.from({ length: 8 }, async (_, worker) => {
      for (let n = 0; !stop && n < 10_000; n++) {
        try {
          await save(worker, n);
        } catch {
          return; // the connection died with the server
        }
      }
    });
    while (acknowledged.size < 60) await new Promise((r) => setTimeout(r, 10));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await server.exited;

    const restarted = await startServerProcess(env);
    try {
      for (const [id, expected] of acknowledged) {
        const res = await fetch(`${restarted.url}/api/v1/articles/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.status, id).toBe(200);
        const article = (await res.json()) as {
          headline: string;
          version: number;
          body: { content: Array<{ content: Array<{ text: string }> }> };
        };
        // The acknowledged state, or a later save that was sent and committed but not answered.
        const stored = { headline: article.headline, version: article.version };
        const later = attempted.get(id);
        const allowed = [{ headline: expected.headline, version: expected.version }];
        if (later && later.version > expected.version)
          allowed.push({ headline: later.headline, version: later.version });
        expect(allowed, id).toContainEqual(stored);
        expect(article.body.content[0]?.content[0]?.text).toBe(expected.text);
      }
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
  });
});
