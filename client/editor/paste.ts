/**
 * Cleans HTML pasted from a word processor or a web page before the schema's parse rules
 * read it: Word's conditional comments, Office namespaces and styles go, and Word's lists
 * (paragraphs with `mso-list` styles and a typed bullet) become real lists. The parse rules
 * then keep only our nodes and marks.
 * @example view = new EditorView(el, { transformPastedHTML: cleanPastedHtml, ... })
 */

const WORD_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;

/** Word's bullet markers are typed text in a span marked `mso-list:Ignore`; numbered ones are digits or letters. */
function isOrderedMarker(marker: string): boolean {
  return /^\s*(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker);
}

interface WordItem {
  el: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
}

function wordItemOf(el: Element): WordItem | null {
  if (!(el instanceof HTMLElement) || el.tagName !== 'P') return null;
  const match = WORD_LIST.exec(el.getAttribute('style') ?? '');
  if (!match) return null;
  const ignored = Array.from(el.querySelectorAll('span')).filter((span) =>
    /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  );
  const marker = ignored.map((span) => span.textContent ?? '').join('');
  for (const span of ignored) span.remove();
  return { el, list: match[1] ?? '0', level: Number(match[2] ?? 1), ordered: isOrderedMarker(marker) };
}

/** Turns each run of Word list paragraphs into nested <ul>/<ol> elements. */
function rebuildWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p'));
  const seen = new Set<Element>();
  for (const first of paragraphs) {
    if (seen.has(first)) continue;
    const start = wordItemOf(first);
    if (!start) continue;
    const run: WordItem[] = [start];
    seen.add(first);
    let next = first.nextElementSibling;
    while (next) {
      const item = wordItemOf(next);
      if (!item || item.list !== start.list) break;
      run.push(item);
      seen.add(next);
      next = next.nextElementSibling;
    }
    const stack: HTMLElement[] = [];
    const root = doc.createElement(start.ordered ? 'ol' : 'ul');
    first.before(root);
    stack.push(root);
    let lastItem: HTMLElement | null = null;
    for (const item of run) {
      while (stack.length < item.level && lastItem) {
        const nested = doc.createElement(item.ordered ? 'ol' : 'ul');
        lastItem.append(nested);
        stack.push(nested);
      }
      while (stack.length > item.level && stack.length > 1) stack.pop();
      const li = doc.createElement('li');
      const p = doc.createElement('p');
      p.append(...Array.from(item.el.childNodes));
      li.append(p);
      stack[stack.length - 1]?.append(li);
      item.el.remove();
      lastItem = li;
    }
  }
}

/** Removes comments (Word's `<!--[if ...]>`), and Office-only elements (`o:p`, `v:shape`, `w:*`). */
function dropOfficeNoise(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker?.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  if (!(root instanceof Element)) return;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.tagName.includes(':')) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('style, meta, link, script, xml, title'))) el.remove();
}

/** The pasted HTML, cleaned for the schema's parse rules. */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  dropOfficeNoise(doc.body);
  rebuildWordLists(doc);
  // Word wraps whole paragraphs in a paragraph-level <b> or <i> only for styling headings it
  // already marks as such; the parse rules take care of those. Empty paragraphs go.
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (!p.textContent?.replace(/\u00a0/g, ' ').trim() && !p.querySelector('img, br')) p.remove();
  }
  return doc.body.innerHTML;
}
