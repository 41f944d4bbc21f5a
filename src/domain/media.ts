/**
 * Media: an uploaded image with its renditions.
 */
export interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  file: string;
}

export interface Media {
  id: string;
  originalFile: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  renditions: Rendition[];
  createdAt: string;
}

/** Widths of the responsive renditions made for every image (never wider than the original). */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/**
 * Limits every upload must keep. 50 megapixels hold the full frame of the 45-megapixel
 * cameras news photographers carry (8,256 × 5,504); decoded, such a photo takes up to about
 * 200 MiB, which the upload gate (src/http/upload-gate.ts) multiplies by its slots at most.
 */
export const MEDIA_LIMITS = { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 } as const;

/** The path a rendition is served under. */
export function renditionPath(mediaId: string, rendition: Pick<Rendition, 'file'>): string {
  return `/media/${mediaId}/${rendition.file}`;
}

/** The renditions of one format, narrowest first. */
export function renditionsOf(media: Pick<Media, 'renditions'>, format: Rendition['format']): Rendition[] {
  return media.renditions.filter((r) => r.format === format).sort((a, b) => a.width - b.width);
}
