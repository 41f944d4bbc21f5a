/**
 * Shortwave's backup file: one gzip-compressed POSIX tar archive, the same for SQLite and
 * PostgreSQL, so a backup of either restores into either. In this order it holds
 *   manifest.json                 what is inside, with a SHA-256 of every other file
 *   tables/<table>.ndjson         one JSON array of column values per line, in key order
 *   media/<media id>/<file>       every file of the media rows in the backup
 * The search index is left out and rebuilt on restore.
 * @example const manifest = parseManifest(JSON.parse(text))
 */
import { z } from 'zod';

/** What the manifest's `format` says, so that any other JSON file is refused. */
export const BACKUP_FORMAT = 'shortwave-backup';
/** Raised when the layout of the file changes; a restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

/** Names inside the archive: tables and media files, safe as paths on any system. */
const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;
const MEDIA_PATH = /^media\/[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9.-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

const TableSchema = z.object({
  name: z.string().regex(TABLE_NAME),
  columns: z.array(z.string().regex(TABLE_NAME)).min(1),
  key: z.array(z.string().regex(TABLE_NAME)).min(1),
  selfReferences: z.array(z.string().regex(TABLE_NAME)),
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(SHA256),
});

const MediaFileSchema = z.object({
  path: z
    .string()
    .regex(MEDIA_PATH)
    .refine((path) => !path.includes('..'), 'no ..'),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(SHA256),
});

const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  app: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string(),
  source: z.object({ dialect: z.enum(['sqlite', 'postgres']) }),
  /** The migrations applied to the backed-up database, in order. */
  migrations: z.array(z.string()).min(1),
  tables: z.array(TableSchema),
  media: z.array(MediaFileSchema),
  /** Media files the database named but the media folder did not have (`--allow-missing-media`). */
  missingMedia: z.array(z.string()),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type TableEntry = z.infer<typeof TableSchema>;
export type MediaEntry = z.infer<typeof MediaFileSchema>;

/** A fault of the backup file or of the place it goes to or comes from, told in one line. */
export class BackupError extends Error {}

/** The path of a table's rows inside the archive. */
export const tablePath = (name: string) => `tables/${name}.ndjson`;

/** Checks a manifest read from a file; throws a BackupError saying what is wrong. */
export function parseManifest(value: unknown, file: string): Manifest {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Shortwave backup`);
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION)
    throw new BackupError(
      `${file} is in backup format ${version}, newer than this version of Shortwave reads (${BACKUP_FORMAT_VERSION}); restore it with a newer Shortwave`,
    );
  const result = ManifestSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupError(`${file} has a damaged manifest (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return result.data;
}

/** One step of a long run, for a progress line: `done` of `total` (units of the step). */
export interface ProgressReport {
  step: string;
  done: number;
  total: number;
  /** What is counted: bytes, or (by default) items such as tables and files. */
  unit?: 'bytes';
}

export type OnProgress = (report: ProgressReport) => void;
