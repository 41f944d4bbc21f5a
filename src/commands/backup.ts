/**
 * `shortwave backup FILE`: a consistent backup of a running site. Every table is read in one
 * snapshot while the server keeps writing; then the media files of the snapshot's media rows
 * are added (an upload writes its files before its row, and files never change, so every file
 * a row names is complete). The archive is written beside FILE and renamed over it only once
 * complete and synced, so an interrupted backup never leaves a half file under its name.
 * @example await writeBackup({ store, mediaRoot: 'data/media', file: 'site.tar.gz', appVersion: '0.2.1', now: new Date() })
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type TarSource, tarStream } from '../lib/tar.js';
import { backupTables, readSnapshot, type TableLayout, tableRows } from '../storage/backup-tables.js';
import type { Db, Store } from '../storage/db.js';
import { appliedMigrations, knownMigrations } from '../storage/migrate.js';
import { allMediaFiles } from '../storage/repos/media.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  MANIFEST_NAME,
  type Manifest,
  type MediaEntry,
  type OnProgress,
  type TableEntry,
  tablePath,
} from './backup-format.js';

export interface BackupOptions {
  store: Store;
  /** The media folder (`DATA_DIR/media`). */
  mediaRoot: string;
  /** Where the backup goes; an existing file is replaced once the new one is complete. */
  file: string;
  appVersion: string;
  now: Date;
  /** Back up even when files of media rows are missing (they are listed in the manifest). */
  allowMissingMedia?: boolean;
  onProgress?: OnProgress;
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  mediaFiles: number;
  /** The size of the backup file. */
  bytes: number;
  missingMedia: string[];
}

/** Checks that this version knows every migration of the database it is to back up. */
function checkMigrations(applied: readonly string[]): void {
  const known = knownMigrations();
  if (applied.length === 0)
    throw new BackupError('the database has no tables yet: there is nothing to back up');
  const unknown = applied.find((name) => !known.includes(name));
  if (unknown)
    throw new BackupError(
      `the database was migrated by a newer version of Shortwave (migration ${unknown}); back it up with that version`,
    );
}

/** Writes one table's rows as NDJSON into `path`; answers its manifest entry. */
async function dumpTable(db: Db, layout: TableLayout, path: string): Promise<TableEntry> {
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  await pipeline(async function* () {
    for await (const batch of tableRows(db, layout)) {
      const text = Buffer.from(`${batch.map((row) => JSON.stringify(row)).join('\n')}\n`, 'utf8');
      hash.update(text);
      rows += batch.length;
      bytes += text.length;
      yield text;
    }
  }, createWriteStream(path));
  return { ...layout, rows, bytes, sha256: hash.digest('hex') };
}

/** Size and SHA-256 of a file; null when there is no such file. */
async function fingerprint(path: string): Promise<{ bytes: number; sha256: string } | null> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** A file's bytes, opened only when they are read. */
async function* chunksOf(path: string): AsyncGenerator<Buffer> {
  yield* createReadStream(path) as AsyncIterable<Buffer>;
}

/** A media file's bytes for the archive, checked against its fingerprint as they pass. */
async function* unchanged(path: string, entry: MediaEntry): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of chunksOf(path)) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== entry.sha256)
    throw new BackupError(`the media file ${entry.path} changed while it was being backed up`);
}

/** Writes a backup of the database and its media files into `options.file`. */
export async function writeBackup(options: BackupOptions): Promise<BackupSummary> {
  const { store, mediaRoot, file, onProgress } = options;
  let work: string;
  try {
    work = await mkdtemp(join(dirname(file), '.shortwave-backup-'));
  } catch (error) {
    throw new BackupError(`cannot write into ${dirname(file)}: ${(error as Error).message}`);
  }
  try {
    const snapshot = await readSnapshot(store, async (trx) => {
      const migrations = await appliedMigrations(trx);
      checkMigrations(migrations);
      const layouts = await backupTables(trx, store.dialect);
      const tables: TableEntry[] = [];
      for (const [index, layout] of layouts.entries()) {
        onProgress?.({ step: `reading table ${layout.name}`, done: index, total: layouts.length });
        tables.push(await dumpTable(trx, layout, join(work, `${layout.name}.ndjson`)));
      }
      onProgress?.({ step: 'reading tables', done: layouts.length, total: layouts.length });
      return { migrations, tables, media: await allMediaFiles(trx) };
    });

    const media: MediaEntry[] = [];
    const missingMedia: string[] = [];
    const named = snapshot.media.flatMap(({ mediaId, files }) => files.map((f) => `media/${mediaId}/${f}`));
    for (const [index, path] of named.entries()) {
      onProgress?.({ step: 'checking media files', done: index, total: named.length });
      const found = await fingerprint(join(mediaRoot, path.slice('media/'.length)));
      if (found) media.push({ path, ...found });
      else missingMedia.push(path);
    }
    if (missingMedia.length > 0 && !options.allowMissingMedia)
      throw new BackupError(
        `${missingMedia.length} media file(s) the database names are missing from ${mediaRoot} (first: ${missingMedia[0]}); no backup was written (--allow-missing-media backs up without them)`,
      );

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      app: { name: 'shortwave', version: options.appVersion },
      createdAt: options.now.toISOString(),
      source: { dialect: store.dialect },
      migrations: snapshot.migrations,
      tables: snapshot.tables,
      media,
      missingMedia,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`, 'utf8');
    const sources: TarSource[] = [
      { name: MANIFEST_NAME, size: manifestBytes.length, data: [manifestBytes] },
      ...manifest.tables.map((table) => ({
        name: tablePath(table.name),
        size: table.bytes,
        data: chunksOf(join(work, `${table.name}.ndjson`)),
      })),
      ...media.map((entry) => ({
        name: entry.path,
        size: entry.bytes,
        data: unchanged(join(mediaRoot, entry.path.slice('media/'.length)), entry),
      })),
    ];
    // Each file takes a header and its size rounded up to whole blocks; two blocks end the archive.
    const total = sources.reduce((sum, source) => sum + 512 + Math.ceil(source.size / 512) * 512, 1024);
    let done = 0;
    const partial = join(work, 'backup.tar.gz');
    await pipeline(
      async function* () {
        for await (const chunk of tarStream(sources)) {
          done += chunk.length;
          onProgress?.({ step: 'writing the backup', done, total, unit: 'bytes' });
          yield chunk;
        }
      },
      createGzip(),
      createWriteStream(partial),
    );
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    return {
      file,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      mediaFiles: media.length,
      bytes: (await stat(file)).size,
      missingMedia,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
