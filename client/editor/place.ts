/**
 * Places the editor's floating parts (slash menu, formatting toolbar, link popover) beside a
 * point of the text: above or below it, kept inside the window so that nothing hangs off the
 * edge of a 360 px phone, and starting from the right in a right-to-left article.
 * @example placeNear(menu, view.coordsAtPos(pos), { rtl: false, above: false })
 */

export interface TextRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const MARGIN = 8;

export function placeNear(
  floating: HTMLElement,
  at: TextRect,
  side: { rtl: boolean; above: boolean; clearOf?: Element | null },
): void {
  const width = floating.offsetWidth;
  const height = floating.offsetHeight;
  const anchor = side.rtl ? at.right - width : at.left;
  const left = Math.max(MARGIN, Math.min(anchor, window.innerWidth - width - MARGIN));
  // Above the text when there is room (not over the fixed toolbar), else below it.
  const ceiling = Math.max(MARGIN, side.clearOf?.getBoundingClientRect().bottom ?? 0);
  const above = side.above && at.top - height - 6 > ceiling;
  const top = above ? at.top - height - 6 : at.bottom + 6;
  floating.style.left = `${left + window.scrollX}px`;
  floating.style.top = `${top + window.scrollY}px`;
}
