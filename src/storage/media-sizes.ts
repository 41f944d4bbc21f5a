/**
 * Sizes in bytes of stored image renditions, for feed enclosures. Read with `fs.stat` (never
 * the whole file); a rendition's name never changes content, so a known size is kept in memory.
 * @example const sizes = renditionSizes(files.root); await sizes.size(mediaId, '960.webp') // 48213
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

const SAFE = /^[a-z0-9][a-z0-9.-]*$/;

/** The size of one rendition file under the media root, or null when it is not there. */
export async function renditionSize(root: string, mediaId: string, file: string): Promise<number | null> {
  if (!SAFE.test(mediaId) || !SAFE.test(file) || file.includes('..')) return null;
  try {
    const info = await stat(join(root, mediaId, file));
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

export interface RenditionSizes {
  /** The size in bytes, from memory when asked before; null when the file is missing. */
  size(mediaId: string, file: string): Promise<number | null>;
}

/**
 * Remembers up to `maxEntries` sizes (oldest forgotten first). Missing files are not
 * remembered, so a file that appears later is found.
 */
export function renditionSizes(root: string, maxEntries = 10_000): RenditionSizes {
  const known = new Map<string, number>();
  return {
    async size(mediaId, file) {
      const key = `${mediaId}/${file}`;
      const cached = known.get(key);
      if (cached !== undefined) return cached;
      const size = await renditionSize(root, mediaId, file);
      if (size !== null) {
        known.set(key, size);
        if (known.size > maxEntries) {
          const oldest = known.keys().next().value;
          if (oldest !== undefined) known.delete(oldest);
        }
      }
      return size;
    },
  };
}
