/**
 * Media rows: the stored original, its dimensions and its renditions.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Media, Rendition } from '../../domain/media.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';
import { containsPattern, containsWord } from '../like.js';
import { prepared } from '../prepared.js';
import type { MediaTable } from '../schema/media.js';

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
const mediaByIdsQuery = prepared((db, a: { ids: string[] }) =>
  db.selectFrom('media').selectAll().where('id', 'in', a.ids),
);

export async function findMediaMany(db: Db, ids: readonly string[]): Promise<Map<string, Media>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await mediaByIdsQuery(db, { ids: unique });
  return new Map(rows.map((row) => [row.id, toMedia(row)]));
}

/** The ids among `ids` that name no stored media. */
export async function missingMediaIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const found = await findMediaMany(db, ids);
  return [...new Set(ids)].filter((id) => !found.has(id));
}

/** Alt text, caption and credit of an image, as one text to search. */
const MEDIA_TEXT = sql<string>`(media.alt || ' ' || coalesce(media.caption, '') || ' ' || coalesce(media.credit, ''))`;

export interface MediaSearch {
  /** Words that must each appear in the alt text, caption or credit; empty lists everything. */
  query: string;
  limit: number;
  offset: number;
}

/** A page of media matching every word of the query, newest first, with the total that match. */
export async function searchMedia(db: Db, search: MediaSearch): Promise<{ items: Media[]; total: number }> {
  const words = search.query.split(/\s+/).filter(Boolean);
  let query = db.selectFrom('media');
  for (const word of words) query = query.where(containsWord(MEDIA_TEXT, word));
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(search.limit)
      .offset(search.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toMedia), total: Number(count.n) };
}

/** Writes the texts of a media item; false when there is no such item. */
export async function updateMediaText(
  db: Db,
  id: string,
  text: Pick<Media, 'alt' | 'caption' | 'credit'>,
): Promise<boolean> {
  const result = await db
    .updateTable('media')
    .set({ alt: text.alt, caption: text.caption, credit: text.credit })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface MediaUse {
  articleId: string;
  language: string;
  headline: string;
  status: string;
  sectionSlug: string | null;
  slug: string;
  /** Where in the article: the hero image or an image in the body. */
  place: 'hero' | 'body';
}

/**
 * The articles that show a media item, newest change first (at most `limit`). Bodies are
 * matched on their stored JSON, where an image node holds `"mediaId":"<id>"`.
 */
export async function mediaUses(db: Db, id: string, limit = 50): Promise<MediaUse[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'language', 'headline', 'status', 'section_slug', 'slug', 'hero_media_id'])
    .where((eb) =>
      eb.or([
        eb('hero_media_id', '=', id),
        sql<boolean>`body_json like ${containsPattern(`"mediaId":"${id}"`)} escape '!'`,
      ]),
    )
    .orderBy('modified_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    articleId: r.id,
    language: r.language,
    headline: r.headline,
    status: r.status,
    sectionSlug: r.section_slug,
    slug: r.slug,
    place: r.hero_media_id === id ? 'hero' : 'body',
  }));
}

/** Every stored media item's files (the original and its renditions), by media id. */
export async function allMediaFiles(db: Db): Promise<Array<{ mediaId: string; files: string[] }>> {
  const rows = await db
    .selectFrom('media')
    .select(['id', 'original_file', 'renditions_json'])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    mediaId: row.id,
    files: [
      row.original_file,
      ...readJson(RenditionsSchema, row.renditions_json, `renditions of media ${row.id}`).map((r) => r.file),
    ],
  }));
}
