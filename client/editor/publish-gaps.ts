/**
 * A publishing step refused because an image lacks alt text or a credit (the API answers 409
 * on `hero.credit`, `body.images.2.alt` ...; src/domain/image-texts.ts): said in the
 * newsroom's language, naming the image as the editor shows it (its alt text, else its number).
 * @example imageGapText(msg, error) // 'Image 2 in the body (Boats on the lake) needs a credit before …'
 */
import { ApiError } from './api.js';
import type { Msg } from './dom.js';

const FIELD = /^(?:hero|body\.images\.(\d+))\.(alt|credit)$/;

/** The body's n-th image (from 1) as the editor shows it: its alt text, else its number. */
function labelOf(n: number): string {
  const figure = document.querySelectorAll<HTMLElement>('#ed-body .ed-image')[n - 1];
  const alt = figure?.querySelector('img')?.getAttribute('alt')?.trim();
  return alt || String(n);
}

/** The localized text for a refusal about an image's texts; null for any other error. */
export function imageGapText(msg: Msg, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict' || !error.field) return null;
  const match = FIELD.exec(error.field);
  if (!match) return null;
  const [, number, missing] = match;
  if (!number)
    return msg(missing === 'alt' ? 'newsroomdesk.publish.heroAlt' : 'newsroomdesk.publish.heroCredit');
  const n = Number(number);
  return msg(missing === 'alt' ? 'newsroomdesk.publish.bodyAlt' : 'newsroomdesk.publish.bodyCredit', {
    n,
    label: labelOf(n),
  });
}
