/**
 * The article's fields on the page (everything but the body) as a Draft, and back: reading
 * the form, filling it after a merge, the live character counters and the hero image.
 * @example const fields = pageFields(msg); fields.read(body) // Draft
 */
import type { BodyDoc } from '../../src/domain/body.js';
import type { EditorArticle } from '../../src/render/newsroom/editor-view.js';
import { bodyFromDoc, docFromBody } from './body-mapping.js';
import { byId, el, type Msg } from './dom.js';
import type { Draft, HeroDraft } from './merge.js';

/** The draft of an article as the API answered it. */
export function draftOf(article: EditorArticle): Draft {
  return {
    headline: article.headline,
    lead: article.lead,
    kicker: article.kicker ?? '',
    type: article.type,
    section: article.section ?? '',
    dateline: article.dateline ?? '',
    source: article.source ?? '',
    topics: [...article.topics].sort(),
    authors: [...article.authors],
    hero: article.hero
      ? {
          mediaId: article.hero.mediaId,
          alt: article.hero.alt,
          caption: article.hero.caption ?? '',
          credit: article.hero.credit ?? '',
        }
      : null,
    // Through the editor's own mapping, so a stored body compares equal to the same body edited.
    body: bodyFromDoc(docFromBody(article.body)),
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The API fields of a draft (POST and PATCH). */
export function payloadOf(draft: Draft): Record<string, unknown> {
  return {
    headline: draft.headline.trim(),
    lead: draft.lead.trim(),
    kicker: orNull(draft.kicker),
    type: draft.type,
    section: orNull(draft.section),
    dateline: orNull(draft.dateline),
    source: orNull(draft.source),
    topics: draft.topics,
    authors: draft.authors,
    hero: draft.hero
      ? {
          mediaId: draft.hero.mediaId,
          alt: draft.hero.alt.trim(),
          caption: orNull(draft.hero.caption),
          credit: orNull(draft.hero.credit),
        }
      : null,
    body: draft.body,
  };
}

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function checked(name: string): string[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`#editor-form input[name="${name}"]`))
    .filter((box) => box.checked)
    .map((box) => box.value);
}

function setChecked(name: string, values: readonly string[]): void {
  for (const box of Array.from(
    document.querySelectorAll<HTMLInputElement>(`#editor-form input[name="${name}"]`),
  ))
    box.checked = values.includes(box.value);
}

export interface PageFields {
  /** The draft the page shows, with the given body. */
  read(body: BodyDoc): Draft;
  /** Shows a draft's fields (not the body). */
  write(draft: Draft): void;
  /** Sets the hero image (null removes it). */
  setHero(hero: HeroDraft | null, previewUrl: string | null): void;
  /** Marks a missing hero alt text; true when the hero is fine. */
  checkHeroAlt(): boolean;
  updateCounters(): void;
}

/** Keeps a counter under a field current. */
function updateCounter(field: HTMLInputElement | HTMLTextAreaElement, counter: HTMLElement, msg: Msg): void {
  const limit = Number(counter.dataset.limit);
  const count = Array.from(field.value).length;
  const over = count - limit;
  counter.textContent =
    over > 0 ? msg('editor.countOver', { count, over, limit }) : msg('editor.count', { count, limit });
  counter.classList.toggle('over', over > 0);
}

export function pageFields(msg: Msg, initialAuthors: readonly string[]): PageFields {
  // The byline keeps the order in which authors were added, not the order of the checkboxes.
  let authorOrder = [...initialAuthors];
  for (const box of Array.from(
    document.querySelectorAll<HTMLInputElement>('#editor-form input[name="authors"]'),
  )) {
    box.addEventListener('change', () => {
      authorOrder = authorOrder.filter((slug) => slug !== box.value);
      if (box.checked) authorOrder.push(box.value);
    });
  }
  const headline = input('ed-headline');
  const lead = byId<HTMLTextAreaElement>('ed-lead');
  const heroMedia = input('ed-hero-media');
  const heroAlt = input('ed-hero-alt');
  const heroCaption = input('ed-hero-caption');
  const heroCredit = input('ed-hero-credit');
  const heroFields = byId('ed-hero-fields');
  const heroPreview = byId('ed-hero-preview');
  const heroRemove = document.querySelector<HTMLButtonElement>('[data-action="hero-remove"]');
  const heroAltError = byId('ed-hero-alt-error');

  const fields: PageFields = {
    read(body) {
      return {
        headline: headline.value,
        lead: lead.value,
        kicker: input('ed-kicker').value,
        type: byId<HTMLSelectElement>('ed-type').value,
        section: byId<HTMLSelectElement>('ed-section').value,
        dateline: input('ed-dateline').value,
        source: input('ed-source').value,
        topics: checked('topics').sort(),
        authors: authorOrder.filter((slug) => checked('authors').includes(slug)),
        hero: heroMedia.value
          ? {
              mediaId: heroMedia.value,
              alt: heroAlt.value,
              caption: heroCaption.value,
              credit: heroCredit.value,
            }
          : null,
        body,
      };
    },
    write(draft) {
      headline.value = draft.headline;
      lead.value = draft.lead;
      input('ed-kicker').value = draft.kicker;
      byId<HTMLSelectElement>('ed-type').value = draft.type;
      byId<HTMLSelectElement>('ed-section').value = draft.section;
      input('ed-dateline').value = draft.dateline;
      input('ed-source').value = draft.source;
      setChecked('topics', draft.topics);
      setChecked('authors', draft.authors);
      authorOrder = [...draft.authors];
      if (draft.hero?.mediaId !== heroMedia.value) fields.setHero(draft.hero, null);
      else if (draft.hero) {
        heroAlt.value = draft.hero.alt;
        heroCaption.value = draft.hero.caption;
        heroCredit.value = draft.hero.credit;
      }
      fields.updateCounters();
    },
    setHero(hero, previewUrl) {
      heroMedia.value = hero?.mediaId ?? '';
      heroAlt.value = hero?.alt ?? '';
      heroCaption.value = hero?.caption ?? '';
      heroCredit.value = hero?.credit ?? '';
      heroFields.hidden = !hero;
      if (heroRemove) heroRemove.hidden = !hero;
      heroPreview.replaceChildren(
        hero
          ? el('img', previewUrl ? { src: previewUrl, alt: '', width: '240' } : { alt: '', width: '240' })
          : el('p', { class: 'muted' }, msg('editor.hero.none')),
      );
      if (hero && !previewUrl) {
        // Ask the library for the address of a rendition.
        void fetch(`/api/v1/media/${encodeURIComponent(hero.mediaId)}`, { credentials: 'same-origin' })
          .then((res) => (res.ok ? (res.json() as Promise<{ url?: string }>) : null))
          .then((media) => {
            const img = heroPreview.querySelector('img');
            if (img && media?.url) img.src = media.url;
          });
      }
      fields.checkHeroAlt();
    },
    checkHeroAlt() {
      const missing = Boolean(heroMedia.value) && !heroAlt.value.trim();
      heroAlt.setAttribute('aria-invalid', missing ? 'true' : 'false');
      heroAltError.hidden = !missing;
      return !missing;
    },
    updateCounters() {
      updateCounter(headline, byId('ed-headline-count'), msg);
      updateCounter(lead, byId('ed-lead-count'), msg);
    },
  };
  return fields;
}
