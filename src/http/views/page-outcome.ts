/**
 * What a reader page's loader answers: a rendered page, a redirect to its canonical address,
 * or "no such page"; and the paging of lists.
 * @example const page = pageNumberOf(c.req.query('page')); if (page === null) return { kind: 'missing' };
 */
import type { Child } from '../../render/jsx/jsx-runtime.js';
import type { PagingView } from '../../render/views.js';

/** Teasers on a page of a list (section, topic, author, corrections log). */
export const PAGE_SIZE = 20;

/** A rendered page, or a redirect, or "no such page". */
export type Outcome =
  | {
      kind: 'page';
      status: 200 | 404;
      html: Child;
      /** Pages showing rankings are cached only this long. */
      maxAgeMs?: number;
      /** Origins its embed players are framed from (the page's policy must allow them). */
      frames?: readonly string[];
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** The `?page=` of a list: 1 when absent, null when it is not a positive whole number. */
export function pageNumberOf(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** Links to the previous and next pages of a list of `total` items. */
export function paging(path: string, page: number, total: number): PagingView {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return {
    page,
    previousHref: page > 1 ? (page === 2 ? path : `${path}?page=${page - 1}`) : null,
    nextHref: page < last ? `${path}?page=${page + 1}` : null,
  };
}
