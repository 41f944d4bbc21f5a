/**
 * The image picker: search the media library (GET /api/v1/media?q=&page=) or upload a new
 * image (POST /api/v1/media), then give its alt text (required), caption and credit. Used
 * for the hero image and for images in the body. An image file pasted or dropped into the body
 * comes in already chosen: it is uploaded with the alt text, caption and credit typed here
 * (the upload's own fields) when the editor clicks "Use this image".
 * @example openMediaDialog(ctx, (picked) => insertImage(picked))
 */
import type { Api } from './api.js';
import { ApiError } from './api.js';
import { type AfterClose, byId, el, type Msg, runDialog } from './dom.js';
import { saveMediaTexts, uploadWithTexts } from './media-texts.js';

export interface MediaItem {
  id: string;
  url: string;
  width?: number;
  height?: number;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  renditions?: Array<{ url: string; width: number }>;
}

export interface PickedImage {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
  /** A small rendition's address, for the editor's preview. */
  previewUrl: string;
}

const PAGE_SIZE = 24;

/** The narrowest rendition at least 320 px wide, for thumbnails. */
function thumbnailOf(item: MediaItem): string {
  const renditions = [...(item.renditions ?? [])].sort((a, b) => a.width - b.width);
  return (renditions.find((r) => r.width >= 320) ?? renditions.at(-1))?.url ?? item.url;
}

export interface MediaDialogOptions {
  /** An image file pasted or dropped into the body, to upload once its texts are typed. */
  file?: File;
  /** Where focus goes when the dialog closes (default: back where it was). */
  afterClose?: AfterClose;
}

/** Sends an image file with its alt text, caption and credit to the media library. */
async function uploadImage(api: Api, picked: File, typed: Record<'alt' | 'caption' | 'credit', string>) {
  const item = await uploadWithTexts<MediaItem>(api, picked, typed);
  return {
    ...item,
    alt: item.alt || typed.alt,
    caption: item.caption || typed.caption,
    credit: item.credit || typed.credit,
  };
}

/** Counts the library searches of every opening of the dialog; only the newest may show. */
let searches = 0;

export function openMediaDialog(
  context: { api: Api; msg: Msg },
  done: (picked: PickedImage) => void,
  options: MediaDialogOptions = {},
): void {
  const { api, msg } = context;
  const dialog = byId<HTMLDialogElement>('ed-media-dialog');
  const query = byId<HTMLInputElement>('ed-media-q');
  const results = byId<HTMLUListElement>('ed-media-results');
  const empty = byId('ed-media-empty');
  const more = byId<HTMLButtonElement>('ed-media-more');
  const file = byId<HTMLInputElement>('ed-media-file');
  const progress = byId('ed-media-progress');
  const selected = byId<HTMLFieldSetElement>('ed-media-selected');
  const preview = el('img', { id: 'ed-media-selected-img', alt: '', width: '160' }) as HTMLImageElement;
  byId('ed-media-selected-thumb').replaceChildren(preview);
  const alt = byId<HTMLInputElement>('ed-media-alt');
  const caption = byId<HTMLInputElement>('ed-media-caption');
  const credit = byId<HTMLInputElement>('ed-media-credit');
  const error = byId('ed-media-error');
  let chosen: MediaItem | null = null;
  let pending: File | null = options.file ?? null;
  /** The image uploaded in this dialog, as the library holds it. */
  let uploaded: MediaItem | null = null;
  let page = 1;

  const choose = (item: MediaItem, button: HTMLButtonElement | null) => {
    chosen = item;
    pending = null;
    for (const other of Array.from(results.querySelectorAll('button')))
      other.setAttribute('aria-pressed', 'false');
    button?.setAttribute('aria-pressed', 'true');
    selected.hidden = false;
    preview.hidden = false;
    preview.src = thumbnailOf(item);
    alt.value = item.alt ?? '';
    caption.value = item.caption ?? '';
    credit.value = item.credit ?? '';
    alt.setAttribute('aria-invalid', 'false');
    error.textContent = '';
  };

  const load = async (append: boolean) => {
    // Shared by every opening: a search still on its way from a dialog closed before must not
    // fill this one with buttons that choose for the old one.
    const mine = ++searches;
    const params = new URLSearchParams({
      q: query.value.trim(),
      page: String(page),
      limit: String(PAGE_SIZE),
      offset: String((page - 1) * PAGE_SIZE),
    });
    try {
      const answer = await api.json<{ items: MediaItem[]; total?: number }>('GET', `/api/v1/media?${params}`);
      if (mine !== searches) return;
      const items = answer.items.map((item) => {
        const label = item.alt?.trim() || item.caption?.trim() || item.id;
        const button = el('button', { type: 'button', 'aria-pressed': 'false' });
        button.setAttribute('aria-label', msg('editor.media.choose', { label }));
        button.append(el('img', { src: thumbnailOf(item), alt: '', loading: 'lazy' }), el('span', {}, label));
        button.addEventListener('click', () => choose(item, button));
        const li = el('li');
        li.append(button);
        return li;
      });
      if (append) results.append(...items);
      else results.replaceChildren(...items);
      empty.hidden = results.childElementCount > 0;
      const shown = results.childElementCount;
      more.hidden = answer.total === undefined ? answer.items.length < PAGE_SIZE : shown >= answer.total;
    } catch (cause) {
      error.textContent = msg('editor.error', {
        message: cause instanceof Error ? cause.message : String(cause),
      });
    }
  };

  const search = () => {
    page = 1;
    void load(false);
  };

  query.value = '';
  query.onkeydown = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  };
  const searchButton = dialog.querySelector<HTMLButtonElement>('[data-action="media-search"]');
  if (searchButton) searchButton.onclick = search;
  more.onclick = () => {
    page += 1;
    void load(true);
  };
  const uploadButton = dialog.querySelector<HTMLButtonElement>('[data-action="media-upload"]');
  if (uploadButton)
    uploadButton.onclick = async () => {
      const picked = file.files?.[0];
      if (!picked) {
        file.focus();
        return;
      }
      // Text typed before the upload goes with it, and stays in the fields afterwards.
      const typed = { alt: alt.value.trim(), caption: caption.value.trim(), credit: credit.value.trim() };
      progress.textContent = msg('editor.media.uploading');
      uploadButton.disabled = true;
      try {
        const item = await uploadImage(api, picked, typed);
        uploaded = item;
        choose(item, null);
        progress.textContent = '';
        file.value = '';
        alt.focus();
      } catch (cause) {
        progress.textContent = '';
        error.textContent = msg('editor.error', {
          message: cause instanceof ApiError || cause instanceof Error ? cause.message : String(cause),
        });
      } finally {
        uploadButton.disabled = false;
      }
    };

  results.replaceChildren();
  selected.hidden = true;
  error.textContent = '';
  progress.textContent = '';
  if (pending) {
    // A pasted or dropped file: shown as chosen, its texts to be typed first.
    const files = new DataTransfer();
    files.items.add(pending);
    file.files = files.files;
    // No preview yet: the newsroom's policy shows images of our own address only (img-src
    // 'self'), not the browser's blob: copy; the file field names the file meanwhile.
    selected.hidden = false;
    preview.hidden = true;
    for (const field of [alt, caption, credit]) field.value = '';
    alt.setAttribute('aria-invalid', 'false');
  }
  runDialog(
    dialog,
    async () => {
      if (!chosen && !pending) {
        error.textContent = msg('editor.media.nothingSelected');
        return false;
      }
      if (!alt.value.trim()) {
        alt.setAttribute('aria-invalid', 'true');
        error.textContent = msg('editor.hero.altMissing');
        alt.focus();
        return false;
      }
      const typed = { alt: alt.value.trim(), caption: caption.value.trim(), credit: credit.value.trim() };
      if (!chosen && pending) {
        progress.textContent = msg('editor.media.uploading');
        try {
          choose(await uploadImage(api, pending, typed), null);
          progress.textContent = '';
          file.value = '';
        } catch (cause) {
          progress.textContent = '';
          error.textContent = msg('editor.error', {
            message: cause instanceof Error ? cause.message : String(cause),
          });
          return false;
        }
      }
      // What was typed after uploading goes to the library too, so it is found there by it.
      if (uploaded && chosen && uploaded.id === chosen.id) {
        try {
          await saveMediaTexts(api, uploaded, typed);
          uploaded = { ...uploaded, ...typed };
        } catch (cause) {
          error.textContent = msg('editor.error', {
            message: cause instanceof Error ? cause.message : String(cause),
          });
          return false;
        }
      }
      if (!chosen) return false;
      done({
        mediaId: chosen.id,
        ...typed,
        previewUrl: thumbnailOf(chosen),
      });
      return true;
    },
    pending ? alt : query,
    options.afterClose,
  );
  search();
}
