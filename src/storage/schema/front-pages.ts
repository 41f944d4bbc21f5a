/**
 * Row type of the front page pins (migration 0006): an article held at a position on one
 * language's front page, until it expires.
 * @example const position: FrontPagesSchema['front_page_pins']['position'] = 1;
 */

export interface FrontPagePinsTable {
  language: string;
  article_id: string;
  position: number;
  expires_at: string | null;
  pinned_at: string;
  pinned_by: string | null;
}

/** The front page tables by name. */
export interface FrontPagesSchema {
  front_page_pins: FrontPagePinsTable;
}
