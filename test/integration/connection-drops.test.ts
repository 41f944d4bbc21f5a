import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addStaffByCli,
  processTargets,
  type ServerProcess,
  startServerProcess,
} from '../support/processes.js';

/**
 * PostgreSQL connections dropped under load (a failover, a restart, `pg_terminate_backend`):
 * only the requests using them fail, with 503 and Retry-After; the server keeps running, the
 * pool opens new connections, and every acknowledged save is there, complete. Runs only on a
 * real PostgreSQL server (TEST_DATABASE_URL, which CI sets): PGlite has no backends to end.
 */
const postgres = processTargets('drops').find((target) => target.name === 'postgres');

const running: ServerProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
});

const RUN_MS = 8000;
const KILLS = 6;

interface Saved {
  headline: string;
  text: string;
  version: number;
}

describe.skipIf(!postgres)('when PostgreSQL ends the server’s connections under load', () => {
  it('answers only the requests on them with 503 and Retry-After, keeps running, and loses no acknowledged save', async () => {
    if (!postgres) throw new Error('no PostgreSQL server');
    const { env, drop } = await postgres.env();
    cleanups.push(drop);
    const { 'ed@x.test': token } = await addStaffByCli(env, [
      { email: 'ed@x.test', name: 'Ed', role: 'editor', password: 'long-enough-pw' },
    ]);
    const server = await startServerProcess({ ...env, PAGE_CACHE: 'off' });
    running.push(server);
    const auth = { authorization: `Bearer ${token}` };
    const json = { ...auth, 'content-type': 'application/json' };

    // Due while the connections are being ended: the publishing job must live through it.
    const scheduled = await fetch(`${server.url}/api/v1/articles`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        language: 'en',
        section: 'politics',
        headline: 'Scheduled through the drops',
        lead: 'A lead.',
        status: 'scheduled',
        publishAt: new Date(Date.now() + 3000).toISOString(),
      }),
    });
    expect(scheduled.status).toBe(201);
    const scheduledId = ((await scheduled.json()) as { id: string }).id;

    const statuses = new Map<number, number>();
    const wrong: string[] = [];
    const check = (what: string, res: Response, allowed: number[]) => {
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (!allowed.includes(res.status)) wrong.push(`${what}: ${res.status}`);
      if (res.status === 503 && !/^\d+$/.test(res.headers.get('retry-after') ?? ''))
        wrong.push(`${what}: 503 without Retry-After`);
    };
    let networkErrors = 0;
    const acknowledged = new Map<string, Saved>();
    const attempted = new Map<string, Saved>();
    const until = Date.now() + RUN_MS;

    const writer = async (worker: number) => {
      for (let n = 0; Date.now() < until; n++) {
        const headline = `Save ${worker}-${n}`;
        const text = `Paragraph ${worker}-${n} `.repeat(40);
        try {
          const res = await fetch(`${server.url}/api/v1/articles`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              language: 'en',
              section: 'politics',
              headline,
              status: 'published',
              lead: 'A lead.',
              body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
            }),
          });
          check('create', res, [201, 503]);
          if (res.status !== 201) {
            await res.body?.cancel();
            continue;
          }
          const created = (await res.json()) as { id: string; version: number };
          acknowledged.set(created.id, { headline, text, version: created.version });
          const edited = `${headline} (edited)`;
          attempted.set(created.id, { headline: edited, text, version: created.version + 1 });
          const patch = await fetch(`${server.url}/api/v1/articles/${created.id}`, {
            method: 'PATCH',
            headers: json,
            body: JSON.stringify({ headline: edited, version: created.version }),
          });
          check('edit', patch, [200, 409, 503]);
          if (patch.status === 200) {
            const { version } = (await patch.json()) as { version: number };
            acknowledged.set(created.id, { headline: edited, text, version });
          } else await patch.body?.cancel();
        } catch {
          networkErrors += 1;
        }
      }
    };
    const reader = async () => {
      const paths = ['/en/', '/api/v1/public/articles?language=en', '/en/politics'];
      for (let n = 0; Date.now() < until; n++) {
        const path = paths[n % paths.length] ?? '/en/';
        try {
          const res = await fetch(`${server.url}${path}`);
          check(`GET ${path}`, res, [200, 503]);
          await res.body?.cancel();
          const staff = await fetch(`${server.url}/api/v1/articles?limit=5`, { headers: auth });
          check('GET /api/v1/articles', staff, [200, 503]);
          await staff.body?.cancel();
        } catch {
          networkErrors += 1;
        }
      }
    };
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const database = new URL(env.DATABASE_URL ?? '').pathname.slice(1);
    let ended = 0;
    const killer = async () => {
      for (let k = 0; k < KILLS; k++) {
        await new Promise((r) => setTimeout(r, RUN_MS / (KILLS + 1)));
        const result = await admin.query(
          'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        );
        ended += result.rows.filter((row: { ended: boolean }) => row.ended).length;
      }
    };
    try {
      await Promise.all([
        ...Array.from({ length: 4 }, (_, worker) => writer(worker)),
        reader(),
        reader(),
        killer(),
      ]);
    } finally {
      await admin.end();
    }

    // The backends were really ended, and the server lived through it.
    expect(ended).toBeGreaterThan(0);
    expect(server.child.exitCode).toBeNull();
    expect(networkErrors).toBe(0);
    expect(wrong).toEqual([]);
    expect(statuses.get(500)).toBeUndefined();
    expect(acknowledged.size).toBeGreaterThan(10);

    // Saves work again, and every acknowledged one is there, complete.
    const after = await fetch(`${server.url}/api/v1/articles`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ language: 'en', section: 'politics', headline: 'After the drops' }),
    });
    expect(after.status).toBe(201);
    for (const [id, expected] of acknowledged) {
      const res = await fetch(`${server.url}/api/v1/articles/${id}`, { headers: auth });
      expect(res.status, id).toBe(200);
      const article = (await res.json()) as {
        headline: string;
        version: number;
        body: { content: Array<{ content: Array<{ text: string }> }> };
      };
      // The acknowledged state, or a later save that was committed though its answer was a 503.
      const allowed = [{ headline: expected.headline, version: expected.version }];
      const later = attempted.get(id);
      if (later && later.version > expected.version)
        allowed.push({ headline: later.headline, version: later.version });
      expect(allowed, id).toContainEqual({ headline: article.headline, version: article.version });
      expect(article.body.content[0]?.content[0]?.text, id).toBe(expected.text);
    }
    // The publishing job kept running: the scheduled article went out at a later tick at the latest.
    let status = '';
    for (let i = 0; i < 30 && status !== 'published'; i++) {
      const res = await fetch(`${server.url}/api/v1/articles/${scheduledId}`, { headers: auth });
      status = ((await res.json()) as { status: string }).status;
      if (status !== 'published') await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('published');
    console.log(
      `connection drops: ${ended} backends ended, answers ${JSON.stringify(Object.fromEntries(statuses))}, ${acknowledged.size} saves acknowledged`,
    );

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
