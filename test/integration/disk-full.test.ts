import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { paragraph, text } from '../support/builders.js';
import { staffSession } from '../support/newsroom.js';
import { addStaffByCli, runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

/**
 * A full disk (or an SQLite file at its size limit) refuses writes with 507 and says so, in
 * JSON under /api and in the reader's or newsroom's language on pages; reads go on; once there
 * is room again, writes work without a restart. Nothing half-written stays behind.
 */

const STORAGE_FULL = {
  error: {
    code: 'storage_full',
    message: 'The server has run out of storage space, so nothing was saved; reading still works',
    requestId: expect.any(String),
  },
};

/** An article body of about `kb` kilobytes, so that a few saves fill a small limit. */
function bigArticle(headline: string, kb: number) {
  const words = Array.from({ length: kb * 64 }, (_, i) => `${headline.replace(/\W/g, '')}${i}`).join(' ');
  return {
    language: 'en',
    section: 'politics',
    headline,
    body: { type: 'doc', content: [paragraph(text(words))] },
  };
}

async function jpeg(): Promise<Blob> {
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#36a' } })
    .jpeg()
    .toBuffer();
  return new Blob([new Uint8Array(data)]);
}

describe('when the SQLite file may grow no further (max_page_count)', () => {
  let t: TestApp;
  let publishedId = '';
  beforeAll(async () => {
    t = await testApp('sqlite', { pageCache: false });
    const published = await t.api('editor', 'POST', '/api/v1/articles', {
      ...bigArticle('Read while full', 1),
      status: 'published',
      lead: 'Still readable.',
    });
    expect(published.status).toBe(201);
    publishedId = ((await published.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** Lets the file grow by `pages` more pages (4 KiB each) than it has now, as SQLITE_MAX_SIZE_MB does. */
  async function limitGrowth(pages: number) {
    const count = await sql<{ page_count: number }>`pragma page_count`.execute(t.store.db);
    const now = count.rows[0]?.page_count ?? 0;
    await sql.raw(`pragma max_page_count = ${now + pages}`).execute(t.store.db);
  }

  /**
   * Saves big, then smaller articles until one of each size is refused, then lets the file grow
   * no further at all; answers the last refusal.
   */
  async function fill(): Promise<Response> {
    let refused: Response | null = null;
    for (const kb of [40, 4, 1]) {
      refused = null;
      for (let n = 0; n < 100 && !refused; n++) {
        const res = await t.api('editor', 'POST', '/api/v1/articles', bigArticle(`Filler ${kb} ${n}`, kb));
        if (res.status !== 201) refused = res;
      }
      if (!refused) throw new Error(`100 saves of ${kb} KB did not fill the limit`);
    }
    // A refused save gives back the pages it had taken: no page more from here on.
    await limitGrowth(0);
    return refused as Response;
  }
  const mediaEntries = () => (existsSync(join(t.dir, 'media')) ? readdirSync(join(t.dir, 'media')) : []);

  it('answers 507 with a clear JSON error, keeps serving reads, and saves again once there is room', async () => {
    await limitGrowth(40);
    const refused = await fill();
    expect(refused.status).toBe(507);
    expect(await refused.json()).toEqual(STORAGE_FULL);

    // Reads go on: pages, the public API, the staff API, health.
    expect((await t.app.request('/en/')).status).toBe(200);
    const list = await t.app.request('/api/v1/public/articles?language=en');
    expect(list.status).toBe(200);
    expect(JSON.stringify(await list.json())).toContain('Read while full');
    expect((await t.api('editor', 'GET', '/api/v1/articles')).status).toBe(200);
    expect((await t.app.request('/healthz')).status).toBe(200);

    // Room again (here: a higher limit, on the same connection): the next save works.
    await limitGrowth(2000);
    const saved = await t.api(
      'editor',
      'POST',
      '/api/v1/articles',
      bigArticle('After the room came back', 40),
    );
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const again = await t.api('editor', 'GET', `/api/v1/articles/${id}`);
    expect(await again.json()).toMatchObject({ headline: 'After the room came back' });
  });

  it('explains it on the reader’s page in the reader’s language and in the newsroom in its language', async () => {
    const admin = await staffSession(t, 'admin');
    await limitGrowth(40);
    expect((await fill()).status).toBe(507);

    // A report too long to fit a page of the file: it needs a page more.
    const report = await t.app.request('/de/about/report-error', {
      method: 'POST',
      body: new URLSearchParams({
        article: publishedId,
        text: 'Die Zahl stimmt nicht. '.repeat(170),
        source: 'https://example.org/quelle '.repeat(35),
      }),
    });
    expect(report.status).toBe(507);
    const page = await report.text();
    expect(page).toContain('<html lang="de"');
    expect(page).toContain('Kein Speicherplatz mehr');
    expect(page).toContain('deshalb wurde nichts gespeichert');

    const settings = await admin.request(
      'POST',
      '/newsroom/settings/trust',
      new URLSearchParams({ language: 'de', ownership: 'x'.repeat(19_000), mission: 'y'.repeat(19_000) }),
      { csrf: true, headers: { 'accept-language': 'fr' } },
    );
    expect(settings.status).toBe(507);
    const newsroomPage = await settings.text();
    expect(newsroomPage).toContain('Plus d’espace de stockage');
    expect(newsroomPage).toContain('rien n’a donc été enregistré');

    await limitGrowth(2000);
  });

  it('keeps neither a file nor a row of an image upload that did not fit', async () => {
    // Texts as long as allowed, so that a second image's row cannot share the first one's page.
    const upload = async () => {
      const body = new FormData();
      body.set('file', await jpeg(), 'lake.jpg');
      body.set('alt', 'A lake at dawn. '.repeat(60));
      body.set('caption', 'The lake at dawn, seen from the north shore. '.repeat(44));
      return t.app.request('/api/v1/media', {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${t.tokens.editor}` },
      });
    };
    expect((await upload()).status).toBe(201);
    const before = mediaEntries();
    const total = async () =>
      ((await (await t.api('editor', 'GET', '/api/v1/media')).json()) as { total: number }).total;
    const rows = await total();
    await limitGrowth(40);
    expect((await fill()).status).toBe(507);

    const refused = await upload();
    expect(refused.status).toBe(507);
    expect(await refused.json()).toEqual(STORAGE_FULL);
    expect(mediaEntries()).toEqual(before);
    expect(await total()).toBe(rows);
    await limitGrowth(2000);
    expect((await upload()).status).toBe(201);
  });
});

describe('SQLITE_MAX_SIZE_MB on a server process', () => {
  const dirs: string[] = [];
  const running: ServerProcess[] = [];
  afterAll(() => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses writes past the size with 507 and keeps serving reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-maxsize-'));
    dirs.push(dir);
    const env = { DATA_DIR: dir, PAGE_CACHE: 'off' };
    const { 'ed@x.test': token } = await addStaffByCli(env, [
      { email: 'ed@x.test', name: 'Ed', role: 'editor', password: 'long-enough-pw' },
    ]);
    const server = await startServerProcess({ ...env, SQLITE_MAX_SIZE_MB: '1' });
    running.push(server);
    let refused: Response | null = null;
    for (let n = 0; n < 40 && !refused; n++) {
      const res = await fetch(`${server.url}/api/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(bigArticle(`Filler ${n}`, 40)),
      });
      if (res.status !== 201) refused = res;
      else await res.body?.cancel();
    }
    expect(refused?.status).toBe(507);
    expect(await refused?.json()).toEqual(STORAGE_FULL);
    expect((await fetch(`${server.url}/en/`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses a size that is not a positive number, naming the setting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-maxsize-'));
    dirs.push(dir);
    const result = await runCli(['serve'], { DATA_DIR: dir, SQLITE_MAX_SIZE_MB: '-1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^shortwave: bad setting SQLITE_MAX_SIZE_MB/);
  });
});

/** Mounts a small tmpfs of our own; null where mounting is not permitted (not root, no CAP_SYS_ADMIN). */
function mountSmallDisk(megabytes: number): { dir: string; unmount(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'sw-smalldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this machine lets us mount a file system (tried once, and unmounted at once). */
function canMount(): boolean {
  const probe = mountSmallDisk(1);
  probe?.unmount();
  return probe !== null;
}

/** Fills the file system of `dir` to the last block; answers the filler's path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(256 * 1024, 1);
  try {
    for (let size = chunk.length; size >= 512; ) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

// Mounting needs root (CI runs as root); elsewhere the max_page_count tests above still run.
describe.skipIf(!canMount())('on a really full disk (a small tmpfs)', () => {
  const running: ServerProcess[] = [];
  let smallDisk: ReturnType<typeof mountSmallDisk> = null;
  beforeAll(() => {
    smallDisk = mountSmallDisk(24);
  });
  afterAll(async () => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await Promise.all(running.map((server) => server.exited));
    smallDisk?.unmount();
  });

  it('refuses saves and uploads with 507, leaves no half file, serves reads, and saves again once space returns', async () => {
    if (!smallDisk) throw new Error('the small disk could not be mounted');
    const env = { DATA_DIR: join(smallDisk.dir, 'data'), PAGE_CACHE: 'off' };
    const { 'ed@x.test': token } = await addStaffByCli(env, [
      { email: 'ed@x.test', name: 'Ed', role: 'editor', password: 'long-enough-pw' },
    ]);
    const server = await startServerProcess(env);
    running.push(server);
    const auth = { authorization: `Bearer ${token}` };
    const save = (headline: string) =>
      fetch(`${server.url}/api/v1/articles`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ ...bigArticle(headline, 60), status: 'published', lead: 'A lead.' }),
      });
    const upload = async () => {
      const body = new FormData();
      body.set('file', await jpeg(), 'lake.jpg');
      body.set('alt', 'A lake');
      return fetch(`${server.url}/api/v1/media`, { method: 'POST', body, headers: auth });
    };
    expect((await save('Before the disk filled')).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const mediaDir = join(env.DATA_DIR, 'media');
    const mediaBefore = readdirSync(mediaDir).sort();

    const filler = fillDisk(smallDisk.dir);
    const upl = await upload();
    expect(upl.status).toBe(507);
    expect(await upl.json()).toEqual(STORAGE_FULL);
    // No folder, no half-written file of the refused upload.
    expect(readdirSync(mediaDir).sort()).toEqual(mediaBefore);
    let refused: Response | null = null;
    for (let n = 0; n < 40 && !refused; n++) {
      const res = await save(`While full ${n}`);
      if (res.status !== 201) refused = res;
      else await res.body?.cancel();
    }
    expect(refused?.status).toBe(507);
    expect(await refused?.json()).toEqual(STORAGE_FULL);

    const home = await fetch(`${server.url}/en/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Before the disk filled');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();

    rmSync(filler);
    const after = await save('After space returned');
    expect(after.status).toBe(201);
    expect((await upload()).status).toBe(201);
    expect(await (await fetch(`${server.url}/en/`)).text()).toContain('After space returned');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
