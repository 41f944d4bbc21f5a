/**
 * Keeps the side panel of src/render/newsroom/editor-insight.tsx current while one types:
 * words (or characters, in Chinese and Japanese) and reading time of lead and body, and the
 * teaser and share card previews from the headline, lead, kicker, type and hero image fields.
 * A plugin, so it sees every change of the body; the fields it reads on their input events.
 * @example plugins: [insight({ msg, language: 'de' })]
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { readingLength } from '../../src/lib/reading-length.js';
import { el, type Msg } from './dom.js';

const value = (id: string) =>
  (
    document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null
  )?.value.trim() ?? '';

/** Fills every element of the panel that shows this field, or its placeholder when empty. */
function fill(panel: HTMLElement, field: string, text: string): void {
  for (const slot of Array.from(panel.querySelectorAll<HTMLElement>(`[data-insight="${field}"]`))) {
    const empty = slot.dataset.empty;
    slot.textContent = text || empty || '';
    slot.classList.toggle('ed-empty', !text && Boolean(empty));
  }
}

/** The preview's copy of the hero image (made on first use: the page has no image without a source). */
function showImage(id: string, into: string, src: string | null): void {
  let img = document.getElementById(id) as HTMLImageElement | null;
  const container = document.querySelector(into);
  if (!img && src && container) {
    img = el('img', { id, alt: '' });
    container.prepend(img);
  }
  if (!img) return;
  if (src && img.getAttribute('src') !== src) img.src = src;
  img.hidden = !src;
}

export function insight(deps: { msg: Msg; language: string }): Plugin {
  const cjk = deps.language === 'zh' || deps.language === 'ja';
  return new Plugin({
    view(view: EditorView) {
      const panel = document.querySelector<HTMLElement>('.ed-insight');
      if (!panel) return {};
      panel.hidden = false;
      let pending = 0;
      const update = () => {
        pending = 0;
        const lead = value('ed-lead');
        const body = view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n');
        const length = readingLength(`${lead}\n${body}`);
        const words = document.getElementById('ed-insight-words');
        if (words)
          words.textContent = cjk
            ? deps.msg('editorux.insight.characters', { count: length.characters + length.words })
            : deps.msg('editorux.insight.words', { count: length.words + length.characters });
        const reading = document.getElementById('ed-insight-reading');
        if (reading) reading.textContent = deps.msg('editorux.insight.reading', { count: length.minutes });
        fill(panel, 'headline', value('ed-headline'));
        fill(panel, 'lead', lead);
        const label = document.getElementById('ed-teaser-label');
        if (label) {
          // As the reader's teaser: the type's name unless news, then the kicker.
          const types = JSON.parse(label.dataset.types ?? '{}') as Record<string, string>;
          const type = value('ed-type') || 'news';
          const kicker = value('ed-kicker');
          const text = type === 'news' ? kicker : [types[type] ?? '', kicker].filter(Boolean).join(' · ');
          label.textContent = text;
          label.className = type === 'news' ? 'label' : `label label-${type}`;
          label.hidden = !text;
        }
        const hero =
          document.querySelector<HTMLImageElement>('#ed-hero-preview img')?.getAttribute('src') ?? null;
        showImage('ed-teaser-image', '.ed-teaser-preview .teaser', hero);
        showImage('ed-share-image', '.ed-share-card', hero);
        const noImage = document.getElementById('ed-teaser-noimage');
        if (noImage) noImage.hidden = Boolean(hero);
      };
      // Once a frame at most: counting a long article on every keystroke would slow typing.
      const later = () => {
        if (!pending) pending = requestAnimationFrame(update);
      };
      const form = document.getElementById('editor-form');
      form?.addEventListener('input', later);
      form?.addEventListener('change', later);
      const hero = document.getElementById('ed-hero-preview');
      const observer = new MutationObserver(later);
      if (hero) observer.observe(hero, { childList: true, subtree: true, attributes: true });
      update();
      return {
        update(_view, previous) {
          if (!previous.doc.eq(view.state.doc)) later();
        },
        destroy() {
          form?.removeEventListener('input', later);
          form?.removeEventListener('change', later);
          observer.disconnect();
        },
      };
    },
  });
}
