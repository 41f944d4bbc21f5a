/**
 * Corrections of articles.
 */
import type { Article } from '../../domain/article.js';
import type { Correction, CorrectionKind } from '../../domain/corrections.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { prepared } from '../prepared.js';
import type { CorrectionsTable } from '../schema/articles.js';

const toCorrection = (row: CorrectionsTable): Correction => ({
  id: row.id,
  articleId: row.article_id,
  kind: row.kind as CorrectionKind,
  text: row.text,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertCorrection(db: Db, correction: Correction): Promise<void> {
  await db
    .insertInto('corrections')
    .values({
      id: correction.id,
      article_id: correction.articleId,
      kind: correction.kind,
      text: correction.text,
      created_at: correction.createdAt,
      created_by: correction.createdBy,
    })
    .execute();
}

/** The corrections of an article, oldest first. */
const correctionsQuery = prepared((db, a: { articleId: string }) =>
  db
    .selectFrom('corrections')
    .selectAll()
    .where('article_id', '=', a.articleId)
    .orderBy('created_at')
    .orderBy('id'),
);

export async function correctionsOf(db: Db, articleId: string): Promise<Correction[]> {
  const rows = await correctionsQuery(db, { articleId });
  return rows.map(toCorrection);
}

/** The newest corrections of published articles of a language, with their articles' headlines. */
export async function latestCorrections(
  db: Db,
  filter: { language: Language; limit: number; offset: number },
): Promise<Array<Correction & Pick<Article, 'headline' | 'language' | 'sectionSlug' | 'slug'>>> {
  const rows = await db
    .selectFrom('corrections')
    .innerJoin('articles', 'articles.id', 'corrections.article_id')
    .selectAll('corrections')
    .select(['articles.headline', 'articles.language', 'articles.section_slug', 'articles.slug'])
    .where('articles.language', '=', filter.language)
    .where('articles.status', '=', 'published')
    .orderBy('corrections.created_at', 'desc')
    .orderBy('corrections.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...toCorrection(row),
    headline: row.headline,
    language: row.language as Language,
    sectionSlug: row.section_slug,
    slug: row.slug,
  }));
}
