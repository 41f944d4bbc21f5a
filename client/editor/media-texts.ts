/**
 * The texts typed for an image uploaded from the editor (alt, caption, credit) go to the
 * media library too, so the image is found there by them and shows them, not a bare id.
 * An upload sends them as multipart fields of POST /api/v1/media (`alt`, `caption`,
 * `credit`); texts typed after the upload are saved with PATCH /api/v1/media/{id} (same
 * names) when the image is used. Used by the image dialog, and for pasted or dropped images.
 * @example const item = await uploadWithTexts(api, file, { alt: 'Boats', caption: '', credit: 'Keystone' });
 * @example await saveMediaTexts(api, item, { alt: 'Boats on the lake', caption: 'At dawn', credit: 'Keystone' });
 */
import type { Api } from './api.js';

export interface MediaTexts {
  alt: string;
  caption: string;
  credit: string;
}

/** Uploads an image with the texts typed so far (empty ones are left out). */
export function uploadWithTexts<T>(api: Api, file: Blob, typed: MediaTexts): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  for (const name of ['alt', 'caption', 'credit'] as const) {
    const value = typed[name].trim();
    if (value) form.append(name, value);
  }
  return api.upload<T>('/api/v1/media', form);
}

/**
 * Saves in the library what was typed for an uploaded image when it differs from what the
 * library holds (alt text only when there is one: the library never empties it).
 */
export async function saveMediaTexts(
  api: Api,
  stored: { id: string; alt?: string | null; caption?: string | null; credit?: string | null },
  typed: MediaTexts,
): Promise<void> {
  const patch: Partial<Record<keyof MediaTexts, string | null>> = {};
  const alt = typed.alt.trim();
  if (alt && alt !== (stored.alt ?? '')) patch.alt = alt;
  for (const name of ['caption', 'credit'] as const) {
    const value = typed[name].trim();
    if (value !== (stored[name] ?? '')) patch[name] = value || null;
  }
  if (Object.keys(patch).length === 0) return;
  await api.json('PATCH', `/api/v1/media/${encodeURIComponent(stored.id)}`, patch);
}
