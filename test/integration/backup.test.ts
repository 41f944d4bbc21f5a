/**
 * `shortwave backup` and `shortwave restore`. In-process on both dialects (PostgreSQL on the
 * configured server or PGlite), each backup restored into both: the same rows, media files
 * and search results. Then as an operator runs them, as processes: a backup taken while
 * writers create and edit articles and upload images through the API, restored into a new
 * data dir (and, with a PostgreSQL server, across dialects), served by a new server with the
 * same pages and image bytes.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/commands/backup.js';
import { BackupError, type Manifest } from '../../src/commands/backup-format.js';
import { restoreBackup } from '../../src/commands/restore.js';
import { addStaffUser } from '../../src/commands/staff.js';
import { parseQuery } from '../../src/domain/search-query.js';
import { readTar, type TarSource, tarStream } from '../../src/lib/tar.js';
import { backupTables, tableRows } from '../../src/storage/backup-tables.js';
import { openSqlite, type Store } from '../../src/storage/db.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { appliedMigrations, knownMigrations, migrateUpTo } from '../../src/storage/migrate.js';
import { insertMedia } from '../../src/storage/repos/media.js';
import { searchPublished } from '../../src/storage/search.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, paragraph, text } from '../support/builders.js';
import { DIALECTS, freshStore, type TestStore } from '../support/databases.js';

/** Every carried table's rows, each as JSON, sorted (the dialects order text differently). */
async function contents(store: Store): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const table of await backupTables(store.db, store.dialect)) {
    const rows: string[] = [];
    for await (const batch of tableRows(store.db, table))
      rows.push(...batch.map((row) => JSON.stringify(row)));
    all[table.name] = rows.sort();
  }
  return all;
}

/** Every file under a media folder, by relative path. */
async function mediaFilesIn(root: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const id of await readdir(root).catch(() => [])) {
    for (const name of await readdir(join(root, id)))
      files[`${id}/${name}`] = await readFile(join(root, id, name));
  }
  return files;
}

/** Rewrites a backup file, changing its manifest. */
async function withManifest(from: string, to: string, change: (manifest: Manifest) => void): Promise<void> {
  const sources: TarSource[] = [];
  for await (const entry of readTar(createReadStream(from).pipe(createGunzip()))) {
    const parts: Buffer[] = [];
    for await (const part of entry.data) parts.push(part);
    let data = Buffer.concat(parts);
    if (entry.name === 'manifest.json') {
      const manifest = JSON.parse(data.toString('utf8')) as Manifest;
      change(manifest);
      data = Buffer.from(JSON.stringify(manifest));
    }
    sources.push({ name: entry.name, size: data.length, data: [data] });
  }
  await pipeline(tarStream(sources), createGzip(), createWriteStream(to));
}

async function expectRefusal(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as Error).message).toMatch(message);
}

describe.each(DIALECTS)('a backup of a site on %s', (dialect) => {
  let t: TestApp;
  let file: string;
  let source: Record<string, string[]>;
  const cleanups: Array<() => Promise<void>> = [];
  const target = async (targetDialect: (typeof DIALECTS)[number]): Promise<TestStore> => {
    const made = await freshStore(targetDialect);
    cleanups.push(made.cleanup);
    return made;
  };

  beforeAll(async () => {
    t = await testApp(dialect);
    const image = await makeImage(t, { alt: 'Boats on the lake', credit: 'Keystone' });
    const article = await makeArticle(t, {
      headline: 'Lake levels rise in Geneva',
      hero: { mediaId: image, caption: 'The harbour', credit: 'Keystone', alt: 'Boats' },
      body: {
        type: 'doc',
        content: [
          paragraph(text('The water stands higher than in any spring since 1999.')),
          { type: 'image', attrs: { mediaId: image, caption: 'Again', credit: 'Keystone', alt: 'Boats' } },
        ],
      },
    });
    await t.api('editor', 'PATCH', `/api/v1/articles/${article.id}`, { lead: 'Higher than ever.' });
    await makeArticle(t, { headline: 'Draft about the budget', status: 'draft' });
    // Replies load after their parents whatever their ids: make sure one id sorts before its parent's.
    let replyBeforeParent = false;
    for (let i = 0; i < 40 && !replyBeforeParent; i++) {
      const parent = await t.api('editor', 'POST', `/api/v1/articles/${article.id}/comments`, {
        body: `Question ${i}`,
      });
      const parentId = ((await parent.json()) as { id: string }).id;
      const reply = await t.api('editor', 'POST', `/api/v1/articles/${article.id}/comments`, {
        body: `Answer ${i}`,
        parentId,
      });
      expect(reply.status).toBe(201);
      replyBeforeParent = ((await reply.json()) as { id: string }).id < parentId;
    }
    expect(replyBeforeParent).toBe(true);
    file = join(t.dir, 'site.tar.gz');
    const summary = await writeBackup({
      store: t.store,
      mediaRoot: join(t.dir, 'media'),
      file,
      appVersion: 'test',
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(summary.missingMedia).toEqual([]);
    expect(summary.mediaFiles).toBeGreaterThan(1);
    source = await contents(t.store);
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await t.cleanup();
  });

  it.each(DIALECTS)(
    'restores into an empty %s database: the same rows, media files and search',
    async (to) => {
      const restored = await target(to);
      const summary = await restoreBackup({
        store: restored.store,
        mediaRoot: join(restored.dir, 'media'),
        file,
        force: false,
      });
      expect(summary.manifest.source.dialect).toBe(dialect);
      expect(summary.searchIndexed).toBe(1);
      expect(await contents(restored.store)).toEqual(source);
      expect(source.comments?.length).toBeGreaterThan(1);
      expect(await mediaFilesIn(join(restored.dir, 'media'))).toEqual(
        await mediaFilesIn(join(t.dir, 'media')),
      );
      const found = await searchPublished(restored.store, {
        query: parseQuery('geneva', 'en'),
        limit: 10,
        offset: 0,
        now: new Date(),
      });
      expect(found.total).toBe(1);
      expect((await readdir(restored.dir)).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    },
  );

  it('refuses a target that is not empty and changes nothing; --force replaces everything in it', async () => {
    const other = await target(dialect);
    await addStaffUser(
      other.store.db,
      { email: 'someone@else.test', name: 'Someone', role: 'editor', password: 'a long password' },
      new Date(),
    );
    const before = await contents(other.store);
    await expectRefusal(
      restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file, force: false }),
      /^the target is not empty \(rows in staff_users\); nothing was changed/,
    );
    expect(await contents(other.store)).toEqual(before);
    await mkdir(join(other.dir, 'media', 'stray'), { recursive: true });
    await writeFile(join(other.dir, 'media', 'stray', 'old.webp'), 'not in the backup');
    await expectRefusal(
      restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file, force: false }),
      /; 1 entries in .*media\); nothing was changed/,
    );
    await restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file, force: true });
    expect(await contents(other.store)).toEqual(source);
    expect(await mediaFilesIn(join(other.dir, 'media'))).toEqual(await mediaFilesIn(join(t.dir, 'media')));
  });

  it('refuses a damaged file before changing anything', async () => {
    const data = await readFile(file);
    const damagedFile = join(t.dir, 'damaged.tar.gz');
    const copy = Buffer.from(data);
    const middle = Math.floor(copy.length / 2);
    copy[middle] = (copy[middle] ?? 0) ^ 0xff;
    await writeFile(damagedFile, copy);
    const other = await target(dialect);
    const before = await contents(other.store);
    await expectRefusal(
      restoreBackup({
        store: other.store,
        mediaRoot: join(other.dir, 'media'),
        file: damagedFile,
        force: false,
      }),
      /is not a Shortwave backup, or is damaged|does not match its checksum/,
    );
    expect(await contents(other.store)).toEqual(before);
    expect(await readdir(other.dir)).not.toContain('media');

    const cut = join(t.dir, 'cut.tar.gz');
    await writeFile(cut, data.subarray(0, Math.floor(data.length * 0.8)));
    await expectRefusal(
      restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file: cut, force: false }),
      /is not a Shortwave backup, or is damaged \(unexpected end of file\)/,
    );
    const noise = join(t.dir, 'noise.tar.gz');
    await writeFile(noise, randomBytes(5000));
    await expectRefusal(
      restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file: noise, force: false }),
      /is not a Shortwave backup/,
    );
    expect(await contents(other.store)).toEqual(before);
  });

  it('refuses a backup from a newer schema, naming the migration it does not know', async () => {
    const newer = join(t.dir, 'newer.tar.gz');
    await withManifest(file, newer, (manifest) => {
      manifest.migrations.push('2099-01-01-0001-from-the-future');
    });
    const other = await target(dialect);
    await expectRefusal(
      restoreBackup({ store: other.store, mediaRoot: join(other.dir, 'media'), file: newer, force: true }),
      /was made by a newer version of Shortwave \(its schema has migration 2099-01-01-0001-from-the-future/,
    );
  });
});

describe('a backup of a database on an older schema', () => {
  it('restores at that schema, then migrates up; a target already past it is refused', async () => {
    const known = knownMigrations();
    const older = known.at(-2)!;
    const dir = mkdtempSync(join(tmpdir(), 'sw-older-'));
    const store = openSqlite(join(dir, 'older.db'));
    const cleanupTargets: Array<() => Promise<void>> = [];
    try {
      await migrateUpTo(store, older);
      await addStaffUser(
        store.db,
        { email: 'old@timer.test', name: 'Old Timer', role: 'admin', password: 'a long password' },
        new Date(),
      );
      const file = join(dir, 'older.tar.gz');
      await writeBackup({ store, mediaRoot: join(dir, 'media'), file, appVersion: 'old', now: new Date() });

      const fresh = openSqlite(join(dir, 'fresh.db'));
      cleanupTargets.push(() => fresh.close());
      const summary = await restoreBackup({
        store: fresh,
        mediaRoot: join(dir, 'fresh-media'),
        file,
        force: false,
      });
      expect(summary.migratedUp).toEqual([known.at(-1)]);
      expect(await appliedMigrations(fresh.db)).toEqual(known);
      const users = await fresh.db.selectFrom('staff_users').select('email').execute();
      expect(users).toEqual([{ email: 'old@timer.test' }]);

      const current = await freshStore('sqlite');
      cleanupTargets.push(current.cleanup);
      await expectRefusal(
        restoreBackup({ store: current.store, mediaRoot: join(current.dir, 'media'), file, force: true }),
        /the target database is already migrated past the backup's schema/,
      );
    } finally {
      await store.close();
      for (const cleanup of cleanupTargets) await cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a backup of a site whose media folder lost files', () => {
  it('is refused, naming the first missing file, unless told to back up without them', async () => {
    const site = await freshStore('sqlite');
    try {
      const files = mediaFiles(join(site.dir, 'media'));
      const media = (id: string) => ({
        id,
        originalFile: 'original.jpg',
        mimeType: 'image/jpeg',
        width: 10,
        height: 10,
        bytes: 3,
        alt: 'A dot',
        caption: null,
        credit: null,
        renditions: [{ width: 10, height: 10, format: 'webp' as const, file: '10.webp' }],
        createdAt: '2026-12-01T10:00:00.000Z',
      });
      await insertMedia(site.store.db, media('kept'));
      await files.write('kept', 'original.jpg', Buffer.from('jpg'));
      await files.write('kept', '10.webp', Buffer.from('webp'));
      await insertMedia(site.store.db, media('lost'));
      await files.write('lost', 'original.jpg', Buffer.from('jpg'));
      const file = join(site.dir, 'site.tar.gz');
      const options = { store: site.store, mediaRoot: files.root, file, appVersion: 'test', now: new Date() };
      await expectRefusal(
        writeBackup(options),
        /^1 media file\(s\) the database names are missing from .*media \(first: media\/lost\/10\.webp\); no backup was written/,
      );
      expect(await readdir(site.dir)).not.toContain('site.tar.gz');
      const made = await writeBackup({ ...options, allowMissingMedia: true });
      expect(made.missingMedia).toEqual(['media/lost/10.webp']);
      expect(made.mediaFiles).toBe(3);

      const restored = await freshStore('sqlite');
      try {
        const summary = await restoreBackup({
          store: restored.store,
          mediaRoot: join(restored.dir, 'media'),
          file,
          force: false,
        });
        expect(summary.manifest.missingMedia).toEqual(['media/lost/10.webp']);
        expect(Object.keys(await mediaFilesIn(join(restored.dir, 'media'))).sort()).toEqual([
          'kept/10.webp',
          'kept/original.jpg',
          'lost/original.jpg',
        ]);
      } finally {
        await restored.cleanup();
      }
    } finally {
      await site.cleanup();
    }
  });
});
