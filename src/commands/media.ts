/**
 * Editing the texts of a stored image: alt text, caption and credit. The same limits apply
 * to an upload and to an edit; alt text, once there, may not be emptied, because every
 * image readers see needs one.
 * @example await updateMediaText(ctx, mediaId, { alt: 'Boats on Lake Geneva', credit: 'Keystone' })
 */
import { DomainError, invalid } from '../domain/errors.js';
import type { Media } from '../domain/media.js';
import { findMedia, updateMediaText as writeMediaText } from '../storage/repos/media.js';
import { authorize, type CommandContext } from './context.js';

/** Longest texts of an image, in characters. */
export const MEDIA_TEXT_LIMITS = { alt: 1000, caption: 2000, credit: 300 } as const;

export interface MediaTextPatch {
  alt?: string | undefined;
  /** null or an empty text removes the caption. */
  caption?: string | null | undefined;
  /** null or an empty text removes the credit. */
  credit?: string | null | undefined;
}

/** Throws a validation error naming the field when a text is longer than its limit. */
export function checkMediaTextLengths(text: MediaTextPatch): void {
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = text[field];
    if (typeof value === 'string' && value.trim().length > MEDIA_TEXT_LIMITS[field]) {
      throw invalid(field, `${field}: at most ${MEDIA_TEXT_LIMITS[field]} characters`);
    }
  }
}

/** Changes the given texts of an image and answers it as stored. */
export async function updateMediaText(
  ctx: CommandContext,
  id: string,
  patch: MediaTextPatch,
): Promise<Media> {
  authorize(ctx.actor, 'media.update');
  checkMediaTextLengths(patch);
  if (patch.alt !== undefined && !patch.alt.trim()) {
    throw invalid('alt', 'alt: the alt text may not be empty; describe what the image shows');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findMedia(trx, id);
    if (!current) throw new DomainError('not_found', `No media with id ${id}`);
    const next: Media = {
      ...current,
      alt: patch.alt === undefined ? current.alt : patch.alt.trim(),
      caption: patch.caption === undefined ? current.caption : patch.caption?.trim() || null,
      credit: patch.credit === undefined ? current.credit : patch.credit?.trim() || null,
    };
    await writeMediaText(trx, id, next);
    return next;
  });
}
