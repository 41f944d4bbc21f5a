/**
 * `shortwave restore FILE`: loads a backup (of either dialect) into an empty data dir or
 * database. Nothing in the target changes until the whole file has been read and checked:
 * the manifest first (format, schema), then every table and media file against its SHA-256,
 * unpacked into a folder beside the media folder. Then the schema is brought to the backup's
 * migrations, all rows are replaced in one transaction, the unpacked media folder put in
 * place of the old one, the schema brought up to date and the search index rebuilt.
 * @example await restoreBackup({ store, mediaRoot: 'data/media', file: 'site.tar.gz', force: false })
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readTar, type TarEntry, TarFormatError } from '../lib/tar.js';
import { filledTables, type PortableValue, replaceAllRows } from '../storage/backup-tables.js';
import type { Store } from '../storage/db.js';
import { appliedMigrations, knownMigrations, migrateToLatest, migrateUpTo } from '../storage/migrate.js';
import { rebuildSearchIndex } from '../storage/search.js';
import {
  BackupError,
  MANIFEST_NAME,
  type Manifest,
  type OnProgress,
  parseManifest,
  tablePath,
} from './backup-format.js';

export interface RestoreOptions {
  store: Store;
  /** The media folder (`DATA_DIR/media`). */
  mediaRoot: string;
  file: string;
  /** Replace whatever the target holds, instead of refusing a target that is not empty. */
  force: boolean;
  onProgress?: OnProgress;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  mediaFiles: number;
  /** Published articles put into the rebuilt search index. */
  searchIndexed: number;
  /** Migrations applied after loading a backup of an older schema. */
  migratedUp: string[];
  manifest: Manifest;
}

/** The largest manifest read (it lists every media file). */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/** A fault in reading the file, told as what it means for the backup. */
function damaged(file: string, error: unknown): unknown {
  if (error instanceof BackupError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return new BackupError(`cannot read ${file}: there is no such file`);
  if (code === 'EACCES') return new BackupError(`cannot read ${file}: permission denied`);
  if (code === 'EISDIR') return new BackupError(`cannot read ${file}: it is a folder`);
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
    return new BackupError(`${file} is not a Shortwave backup, or is damaged (${message})`);
  if (error instanceof TarFormatError || error instanceof SyntaxError)
    return new BackupError(`${file} is not a Shortwave backup, or is damaged (${message})`);
  return error;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function readAll(entry: TarEntry, limit: number): Promise<Buffer> {
  if (entry.size > limit) throw new BackupError(`${entry.name} is too large`);
  const parts: Buffer[] = [];
  for await (const part of entry.data) parts.push(part);
  return Buffer.concat(parts);
}

/** Refuses a backup whose schema this version cannot load, or a target past it. */
function checkSchema(file: string, manifest: Manifest, target: readonly string[]): void {
  const known = knownMigrations();
  for (const [index, name] of manifest.migrations.entries()) {
    if (known[index] === name) continue;
    if (!known.includes(name))
      throw new BackupError(
        `${file} was made by a newer version of Shortwave (its schema has migration ${name}, which this version does not know); restore it with that version or a newer one`,
      );
    throw new BackupError(`${file} lists its schema's migrations out of order (${name})`);
  }
  const unknown = target.find((name) => !known.includes(name));
  if (unknown)
    throw new BackupError(
      `the target database was migrated by a newer version of Shortwave (migration ${unknown}); nothing was changed`,
    );
  const past = target.find((name) => !manifest.migrations.includes(name));
  if (past)
    throw new BackupError(
      `the target database is already migrated past the backup's schema (it has ${past}); restore into a new, empty database; nothing was changed`,
    );
}

async function entriesOf(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Refuses a target that holds anything, unless told to replace it. */
async function checkEmpty(store: Store, mediaRoot: string, hasSchema: boolean): Promise<void> {
  const tables = hasSchema ? await filledTables(store) : [];
  const files = await entriesOf(mediaRoot);
  if (tables.length === 0 && files.length === 0) return;
  const what = [
    ...(tables.length > 0
      ? [
          `rows in ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ` and ${tables.length - 3} more tables` : ''}`,
        ]
      : []),
    ...(files.length > 0 ? [`${files.length} entries in ${mediaRoot}`] : []),
  ];
  throw new BackupError(
    `the target is not empty (${what.join('; ')}); nothing was changed. Restore into an empty data dir or database, or add --force to replace everything in it`,
  );
}

/** Writes an entry to `path`, synced, checking its size and SHA-256 against the manifest. */
async function unpack(entry: TarEntry, path: string, expected: { bytes: number; sha256: string }) {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  const hash = createHash('sha256');
  try {
    for await (const part of entry.data) {
      hash.update(part);
      await handle.write(part);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (entry.size !== expected.bytes || hash.digest('hex') !== expected.sha256)
    throw new BackupError(`the backup is damaged: ${entry.name} does not match its checksum`);
}

/** The rows of an unpacked table file. */
async function* ndjsonRows(path: string, table: string): AsyncGenerator<PortableValue[]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line === '') continue;
    const row: unknown = JSON.parse(line);
    if (!Array.isArray(row)) throw new BackupError(`the backup is damaged: a row of ${table} is not a list`);
    yield row as PortableValue[];
  }
}

/** Loads the backup in `options.file` into the target store and media folder. */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const { store, mediaRoot, file, onProgress } = options;
  let fileSize: number;
  try {
    fileSize = (await stat(file)).size;
  } catch (error) {
    throw damaged(file, error);
  }
  const input = createReadStream(file);
  let read = 0;
  input.on('data', (chunk) => {
    read += chunk.length;
  });
  const unzipped = input.pipe(createGunzip());
  input.on('error', (error) => unzipped.destroy(error));
  const entries = readTar(unzipped);
  let staging: string | null = null;
  try {
    const first = await entries.next().catch((error: unknown) => {
      throw damaged(file, error);
    });
    if (first.done || first.value.name !== MANIFEST_NAME)
      throw new BackupError(`${file} is not a Shortwave backup (it does not start with ${MANIFEST_NAME})`);
    let manifestValue: unknown;
    try {
      manifestValue = JSON.parse((await readAll(first.value, MAX_MANIFEST_BYTES)).toString('utf8'));
    } catch (error) {
      throw damaged(file, error);
    }
    const manifest = parseManifest(manifestValue, file);

    const target = await appliedMigrations(store.db);
    checkSchema(file, manifest, target);
    if (!options.force) await checkEmpty(store, mediaRoot, target.length > 0);

    const dataDir = dirname(mediaRoot);
    await mkdir(dataDir, { recursive: true });
    staging = await mkdtemp(join(dataDir, '.restore-'));
    const expected = new Map<string, { bytes: number; sha256: string }>([
      ...manifest.tables.map((t) => [tablePath(t.name), t] as const),
      ...manifest.media.map((m) => [m.path, m] as const),
    ]);
    const seen = new Set<string>();
    try {
      for await (const entry of entries) {
        onProgress?.({ step: 'reading the backup', done: read, total: fileSize, unit: 'bytes' });
        const want = expected.get(entry.name);
        if (!want || seen.has(entry.name))
          throw new BackupError(
            `the backup is damaged: it holds ${entry.name}, which its manifest does not list`,
          );
        seen.add(entry.name);
        await unpack(entry, join(staging, entry.name), want);
      }
    } catch (error) {
      throw damaged(file, error);
    }
    onProgress?.({ step: 'reading the backup', done: fileSize, total: fileSize, unit: 'bytes' });
    const absent = [...expected.keys()].find((name) => !seen.has(name));
    if (absent) throw new BackupError(`${file} is incomplete: ${absent} is missing`);

    const level = manifest.migrations.at(-1)!;
    await migrateUpTo(store, level);
    const unpacked = staging;
    await replaceAllRows(
      store,
      manifest.tables.map((table) => ({
        layout: table,
        rows: table.rows,
        read: () => ndjsonRows(join(unpacked, tablePath(table.name)), table.name),
      })),
      (_name, index) => onProgress?.({ step: 'loading tables', done: index, total: manifest.tables.length }),
    );
    onProgress?.({ step: 'loading tables', done: manifest.tables.length, total: manifest.tables.length });
    // The rows are in: at once the unpacked media folder takes the old one's place. What
    // follows, the server would also do at its start (migrate, build an empty search index).
    const stagedMedia = join(staging, 'media');
    await mkdir(stagedMedia, { recursive: true });
    if (await exists(mediaRoot)) await rename(mediaRoot, join(staging, 'replaced-media'));
    await rename(stagedMedia, mediaRoot);
    const migratedUp = await migrateToLatest(store);
    onProgress?.({ step: 'rebuilding the search index', done: 0, total: 1 });
    const searchIndexed = await rebuildSearchIndex(store.db);
    return {
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      mediaFiles: manifest.media.length,
      searchIndexed,
      migratedUp,
      manifest,
    };
  } finally {
    input.destroy();
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}
