/**
 * `shortwave backup` while the site is being written to, and `shortwave restore` from it, run
 * as an operator runs them: real processes on SQLite, and on PostgreSQL when a server is
 * configured (TEST_DATABASE_URL), where each backup is also restored into the other dialect.
 * Writers create and edit articles and upload images through the API during the backup; the
 * restored site must hold one consistent point of it and serve the same pages and images.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/commands/backup-format.js';
import { readTar } from '../../src/lib/tar.js';
import { openPostgres, openSqlite, type Store } from '../../src/storage/db.js';
import {
  addStaffByCli,
  type ProcessTarget,
  processTargets,
  runCli,
  type ServerProcess,
  startServerProcess,
} from '../support/processes.js';

const PUBLIC_URL = 'http://news.example';
type Env = Record<string, string>;
const targets = processTargets('backup');
const folder = mkdtempSync(join(tmpdir(), 'sw-backups-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(folder, { recursive: true, force: true });
});

async function openTarget(env: Record<string, string>): Promise<Store> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openSqlite(join(env.DATA_DIR!, 'shortwave.db'));
}

async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  await server.exited;
}

async function manifestOf(file: string): Promise<Manifest> {
  for await (const entry of readTar(createReadStream(file).pipe(createGunzip()))) {
    const parts: Buffer[] = [];
    for await (const part of entry.data) parts.push(part);
    return JSON.parse(Buffer.concat(parts).toString('utf8')) as Manifest;
  }
  throw new Error('empty backup');
}

/** Where two texts first differ, with some context; null when they are equal. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** The page as readers get it, without what differs on every answer by design. */
async function page(base: string, path: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.text()).replace(/nonce="[^"]*"/g, 'nonce=""');
}

interface Writers {
  created: number;
  stop(): Promise<void>;
}

/** Two writers creating, editing and illustrating articles through the API until stopped. */
function startWriters(base: string, token: string): Writers {
  const headers = { authorization: `Bearer ${token}` };
  let stopped = false;
  const state = { created: 0 };
  const images = [0, 1].map((i) =>
    sharp({ create: { width: 480, height: 320, channels: 3, background: i ? '#36a' : '#a63' } })
      .jpeg()
      .toBuffer(),
  );
  const writer = async (w: number) => {
    for (let n = 0; !stopped && n < 400; n++) {
      let hero: { mediaId: string; alt: string } | undefined;
      if (n % 2 === 0) {
        const form = new FormData();
        form.set('file', new Blob([new Uint8Array(await images[w % 2]!)]), 'photo.jpg');
        form.set('alt', `Photo ${w}-${n}`);
        // Credit and alt text are required for publishing.
        form.set('credit', 'Keystone');
        const up = await fetch(`${base}/api/v1/media`, { method: 'POST', headers, body: form });
        expect(up.status).toBe(201);
        hero = { mediaId: ((await up.json()) as { id: string }).id, alt: `Photo ${w}-${n}` };
      }
      const created = await fetch(`${base}/api/v1/articles`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          language: 'en',
          section: 'society',
          status: n % 3 === 2 ? 'draft' : 'published',
          headline: `Load ${w}-${n}`,
          lead: `Written under load by writer ${w}.`,
          ...(hero ? { hero } : {}),
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${w}-${n}.` }] }],
          },
        }),
      });
      expect(created.status).toBe(201);
      const article = (await created.json()) as { id: string; version: number };
      state.created++;
      const edited = await fetch(`${base}/api/v1/articles/${article.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ headline: `Load ${w}-${n} (edited)`, version: article.version }),
      });
      expect(edited.status).toBe(200);
    }
  };
  const running = Promise.all([writer(0), writer(1)]);
  return {
    get created() {
      return state.created;
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}

/** Checks the restored database against the manifest and the source, row by row. */
async function checkRestoredRows(source: Store, restored: Store, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(restored.db);
    expect(Number(rows[0]?.n), table.name).toBe(table.rows);
  }
  // Revisions never change once written: each restored one is the source's, unchanged.
  const revisionsOf = async (store: Store) =>
    new Map(
      (await store.db.selectFrom('article_revisions').selectAll().execute()).map((r) => [
        r.id,
        JSON.stringify(r),
      ]),
    );
  const sourceRevisions = await revisionsOf(source);
  const restoredRevisions = await revisionsOf(restored);
  for (const [id, row] of restoredRevisions) expect(row).toBe(sourceRevisions.get(id));
  // One point in time: every article as its newest revision shows it, with no revision missing.
  const articles = await restored.db
    .selectFrom('articles')
    .select(['id', 'headline', 'version', 'hero_media_id'])
    .where('headline', 'like', 'Load %')
    .execute();
  const others = await restored.db
    .selectFrom('articles')
    .select('id')
    .where('headline', 'not like', 'Load %')
    .execute();
  expect(articles.length + others.length).toBe(manifest.tables.find((t) => t.name === 'articles')!.rows);
  expect(articles.length).toBeGreaterThanOrEqual(4);
  for (const article of articles) {
    const revisions = await restored.db
      .selectFrom('article_revisions')
      .select(['number', 'snapshot_json'])
      .where('article_id', '=', article.id)
      .orderBy('number')
      .execute();
    expect(revisions.map((r) => r.number)).toEqual(revisions.map((_, i) => i + 1));
    expect(revisions.length).toBe(article.version);
    expect((JSON.parse(revisions.at(-1)!.snapshot_json) as { headline: string }).headline).toBe(
      article.headline,
    );
  }
}

/** Every file of every restored media row is there, byte for byte the source's. */
async function checkRestoredMedia(sourceDir: string, restoredDir: string, restored: Store): Promise<number> {
  const media = await restored.db
    .selectFrom('media')
    .select(['id', 'original_file', 'renditions_json'])
    .execute();
  let files = 0;
  for (const row of media) {
    const names = [
      row.original_file,
      ...(JSON.parse(row.renditions_json) as Array<{ file: string }>).map((r) => r.file),
    ];
    for (const name of names) {
      const restoredBytes = await readFile(join(restoredDir, 'media', row.id, name));
      expect(
        restoredBytes.equals(await readFile(join(sourceDir, 'media', row.id, name))),
        `${row.id}/${name}`,
      ).toBe(true);
      files++;
    }
  }
  expect((await readdir(join(restoredDir, 'media'))).sort()).toEqual(media.map((m) => m.id).sort());
  return files;
}

describe.each(targets)('a backup of a site on $name under write load', ({ name, env: makeEnv }) => {
  it('holds one consistent point, restores into every dialect, and serves the same pages and images', async () => {
    const made = await makeEnv();
    cleanups.push(made.drop);
    const env: Env = { ...made.env, PUBLIC_URL };
    expect((await runCli(['demo'], env)).code).toBe(0);
    const tokens = await addStaffByCli(env, [
      { email: 'desk@news.example', name: 'Desk', role: 'editor', password: 'a long password' },
    ]);
    const token = tokens['desk@news.example']!;
    const server = await startServerProcess(env);
    cleanups.push(() => stopServer(server));

    const writers = startWriters(server.url, token);
    const file = join(folder, `${name}.tar.gz`);
    let backedUp: Awaited<ReturnType<typeof runCli>>;
    let duringBackup = 0;
    try {
      await until(() => writers.created >= 4, 'the first articles');
      const before = writers.created;
      backedUp = await runCli(['backup', file], env);
      duringBackup = writers.created - before;
      // The writers went on during the backup and after it.
      await until(() => writers.created >= before + 4, 'articles written after the backup');
    } finally {
      await writers.stop();
    }
    expect(backedUp.code, backedUp.stderr).toBe(0);
    // Measured: 30 to 50 articles were written while the backup ran.
    expect(duringBackup).toBeGreaterThan(0);
    expect(backedUp.stdout).toMatch(/^backed up \d+ tables \(\d+ rows\) and \d+ media files to /);
    expect(backedUp.stderr).toBe('');
    const manifest = await manifestOf(file);
    expect(manifest.source.dialect).toBe(name);
    const source = await openTarget(env);
    cleanups.push(() => source.close());
    const sourceArticles = await source.db.selectFrom('articles').select('id').execute();
    expect(sourceArticles.length).toBeGreaterThan(manifest.tables.find((t) => t.name === 'articles')!.rows);

    for (const into of targets as ProcessTarget[]) {
      const fresh = await into.env();
      cleanups.push(fresh.drop);
      const restoredEnv: Env = { ...fresh.env, PUBLIC_URL };
      const restoredRun = await runCli(['restore', file], restoredEnv);
      expect(restoredRun.code, restoredRun.stderr).toBe(0);
      expect(restoredRun.stdout).toMatch(/^restored \d+ tables .* search index: \d+ articles$/m);
      const restored = await openTarget(restoredEnv);
      try {
        await checkRestoredRows(source, restored, manifest);
        expect(await checkRestoredMedia(env.DATA_DIR!, restoredEnv.DATA_DIR!, restored)).toBe(
          manifest.media.length,
        );
      } finally {
        await restored.close();
      }

      const copy = await startServerProcess(restoredEnv);
      try {
        // The token made on the source works on the copy; the demo's pages are the same bytes.
        const list = async (section: string) => {
          const res = await fetch(
            `${copy.url}/api/v1/articles?language=en&status=published&section=${section}`,
            {
              headers: { authorization: `Bearer ${token}` },
            },
          );
          expect(res.status).toBe(200);
          return ((await res.json()) as { items: Array<{ url: string; headline: string }> }).items;
        };
        const demo = [...(await list('politics')), ...(await list('science'))].slice(0, 3);
        expect(demo.length).toBe(3);
        for (const article of demo) {
          const path = new URL(article.url).pathname;
          expect(firstDifference(await page(copy.url, path), await page(server.url, path))).toBeNull();
        }
        const loaded = (await list('society')).find((a) => a.headline.startsWith('Load '));
        expect(loaded).toBeDefined();
        expect(await page(copy.url, new URL(loaded!.url).pathname)).toContain(loaded!.headline);
        const search = await page(copy.url, `/en/search?q=${encodeURIComponent(loaded!.headline)}`);
        expect(search).toContain(loaded!.headline);
        // Images: the copy serves the very bytes of the source.
        for (const entry of manifest.media.filter((m) => m.path.endsWith('.webp')).slice(-4)) {
          const path = `/${entry.path}`;
          const [a, b] = await Promise.all([fetch(`${copy.url}${path}`), fetch(`${server.url}${path}`)]);
          expect(a.status, path).toBe(200);
          expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer())), path).toBe(
            true,
          );
        }
      } finally {
        await stopServer(copy);
      }

      // The copy is not empty now: another restore is refused, unless forced.
      const again = await runCli(['restore', file], restoredEnv);
      expect(again.code).toBe(1);
      expect(again.stderr.trim().split('\n')).toHaveLength(1);
      expect(again.stderr).toMatch(/^shortwave: the target is not empty \(.*\); nothing was changed\./);
      const forced = await runCli(['restore', '--force', file], restoredEnv);
      expect(forced.code, forced.stderr).toBe(0);
    }
  });
});

describe('the backup and restore commands', () => {
  it('have --help, need a FILE (exit 2), and refuse a file that is no backup in one line (exit 1)', async () => {
    const dir = mkdtempSync(join(folder, 'cli-'));
    const env = { DATA_DIR: join(dir, 'data') };
    for (const command of ['backup', 'restore']) {
      const help = await runCli([command, '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: shortwave ${command} FILE`));
      const missing = await runCli([command], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(
        new RegExp(`^shortwave: FILE is required\\n\\nUsage: shortwave ${command} FILE`),
      );
      const extra = await runCli([command, 'a.tar.gz', 'b.tar.gz'], env);
      expect(extra.code).toBe(2);
    }
    const top = await runCli(['--help'], env);
    expect(top.stdout).toContain('backup FILE');
    expect(top.stdout).toContain('restore FILE');

    const notBackup = join(dir, 'notes.txt');
    await writeFile(notBackup, 'just some notes\n');
    const refused = await runCli(['restore', notBackup], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `shortwave: ${notBackup} is not a Shortwave backup, or is damaged (incorrect header check)\n`,
    );
    const absent = await runCli(['restore', join(dir, 'absent.tar.gz')], env);
    expect(absent.code).toBe(1);
    expect(absent.stderr).toMatch(/^shortwave: cannot read .*absent\.tar\.gz: there is no such file\n$/);
    const nowhere = await runCli(['backup', join(dir, 'no', 'such', 'folder', 'b.tar.gz')], env);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/^shortwave: cannot write into .*folder: /);
  });
});
