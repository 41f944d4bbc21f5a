/**
 * Media rows: the stored original, its dimensions and its renditions.
 */
import { z } from 'zod';
import type { Media, Rendition } from '../../domain/media.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';
import type { MediaTable } from '../schema.js';

const RenditionsSchema: z.ZodType<Rendition[]> = z.array(
  z.object({
    width: z.number(),
    height: z.number(),
    format: z.enum(['webp', 'jpeg']),
    file: z.string(),
  }),
);

const toMedia = (row: MediaTable): Media => ({
  id: row.id,
  originalFile: row.original_file,
  mimeType: row.mime_type,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  alt: row.alt,
  caption: row.caption,
  credit: row.credit,
  renditions: readJson(RenditionsSchema, row.renditions_json, `renditions of media ${row.id}`),
  createdAt: row.created_at,
});

export async function insertMedia(db: Db, media: Media): Promise<void> {
  await db
    .insertInto('media')
    .values({
      id: media.id,
      original_file: media.originalFile,
      mime_type: media.mimeType,
      width: media.width,
      height: media.height,
      bytes: media.bytes,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      renditions_json: JSON.stringify(media.renditions),
      created_at: media.createdAt,
    })
    .execute();
}

export async function findMedia(db: Db, id: string): Promise<Media | null> {
  const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMedia(row) : null;
}

/** Media by id, as a map; unknown ids are left out. */
export async function findMediaMany(db: Db, ids: readonly string[]): Promise<Map<string, Media>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('media').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, toMedia(row)]));
}

/** The ids among `ids` that name no stored media. */
export async function missingMediaIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const found = await findMediaMany(db, ids);
  return [...new Set(ids)].filter((id) => !found.has(id));
}

/** Newest first. */
export async function listMedia(db: Db, limit: number, offset: number): Promise<Media[]> {
  const rows = await db
    .selectFrom('media')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toMedia);
}
