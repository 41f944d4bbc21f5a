/**
 * Cleans HTML pasted from a word processor or a web page before the schema's parse rules
 * read it: Word's conditional comments, Office namespaces and styles go, and Word's lists
 * (paragraphs with `mso-list` styles and a typed bullet) become real lists, and bold or
 * italic set by a style (`<span style="font-weight:bold">`, Google Docs' `<b style="font-weight:normal">`)
 * becomes an element. The parse rules then keep only our nodes and marks. The newsroom's
 * Content-Security-Policy blocks `style=""` (and reports each one), so style attributes are
 * renamed before the markup is parsed and read as text, never applied.
 * @example view = new EditorView(el, { transformPastedHTML: cleanPastedHtml, ... })
 */

const WORD_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;

/** What a pasted `style` attribute is called while the paste is cleaned. */
const STYLE = 'data-pasted-style';
/** A start tag, quoted attribute values (which may hold `>`) included. */
const START_TAG = /<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The markup with every `style` attribute renamed, so that parsing it applies no style. */
function renameStyles(html: string): string {
  return html.replace(START_TAG, (tag) =>
    tag
      .split(/("[^"]*"|'[^']*')/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\s)style(\s*=)/gi, `$1${STYLE}$2`)))
      .join(''),
  );
}

const styleOf = (el: Element) => el.getAttribute(STYLE) ?? '';

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
  const match = WORD_LIST.exec(styleOf(el));
  if (!match) return null;
  const ignored = Array.from(el.querySelectorAll('span')).filter((span) =>
    /mso-list:\s*ignore/i.test(styleOf(span)),
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

const BOLD = /(?:^|;)\s*font-weight\s*:\s*(bold(?:er)?|[6-9]00)\s*(?:;|$)/i;
const NOT_BOLD = /(?:^|;)\s*font-weight\s*:\s*(normal|400)\s*(?:;|$)/i;
const ITALIC = /(?:^|;)\s*font-style\s*:\s*italic\s*(?:;|$)/i;

/** Puts the content of `el` into a new `tag` element inside it. */
function wrapContent(el: Element, tag: 'b' | 'i'): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

/** Turns bold and italic given by a style attribute into <b> and <i>; a <b> styled normal into plain text. */
function styledEmphasis(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`[${STYLE}]`))) {
    const style = styleOf(el);
    if (el.tagName === 'B' && NOT_BOLD.test(style)) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (BOLD.test(style) && !el.closest('b, strong')) wrapContent(el, 'b');
    if (ITALIC.test(style) && !el.closest('i, em')) wrapContent(el, 'i');
    el.removeAttribute(STYLE);
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
  const doc = new DOMParser().parseFromString(renameStyles(html), 'text/html');
  dropOfficeNoise(doc.body);
  rebuildWordLists(doc);
  styledEmphasis(doc.body);
  // Word wraps whole paragraphs in a paragraph-level <b> or <i> only for styling headings it
  // already marks as such; the parse rules take care of those. Empty paragraphs go.
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (!p.textContent?.replace(/\u00a0/g, ' ').trim() && !p.querySelector('img, br')) p.remove();
  }
  return doc.body.innerHTML;
}
