/**
 * The publishing steps' check that every image has alt text and a credit
 * (src/domain/image-texts.ts): refused with 409 and a message naming the first image.
 * @example await assertImagesCredited(trx, article) // throws conflict on `body.images.2.credit`
 */
import type { Article } from '../domain/article.js';
import { mediaIdsOf } from '../domain/body.js';
import { DomainError } from '../domain/errors.js';
import { gapField, gapMessage, imageTextGaps } from '../domain/image-texts.js';
import type { Db } from '../storage/db.js';
import { findMediaMany } from '../storage/repos/media.js';

/** Fails (409) when an image of the article lacks alt text or a credit. */
export async function assertImagesCredited(db: Db, article: Pick<Article, 'hero' | 'body'>): Promise<void> {
  const ids = mediaIdsOf(article.body);
  const stored = ids.length > 0 ? await findMediaMany(db, ids) : new Map();
  const [gap] = imageTextGaps(article, stored);
  if (gap) throw new DomainError('conflict', gapMessage(gap), gapField(gap));
}
