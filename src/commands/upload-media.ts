/**
 * Uploading an image: the bytes must be a real image (checked by decoding them, not by name
 * or declared type), within limits of bytes and pixels. The original is kept privately under
 * a generated name; the public renditions are re-encoded WebP without EXIF, GPS or other
 * metadata, never wider than the original.
 * @example await uploadMedia(ctx, files, { data, alt: 'A lake', caption: null, credit: 'Keystone' })
 */
import type { Metadata } from 'sharp';
import { DomainError, invalid } from '../domain/errors.js';
import { MEDIA_LIMITS, type Media, RENDITION_WIDTHS, type Rendition } from '../domain/media.js';
import { newId } from '../lib/ids.js';
import { loadSharp } from '../lib/sharp.js';
import type { MediaFiles } from '../storage/media-files.js';
import { insertMedia } from '../storage/repos/media.js';
import { authorize, type CommandContext } from './context.js';
import { checkMediaTextLengths } from './media.js';

const FORMATS: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
  avif: { mime: 'image/avif', ext: 'avif' },
  heif: { mime: 'image/heif', ext: 'heif' },
  tiff: { mime: 'image/tiff', ext: 'tiff' },
};

export interface MediaUpload {
  data: Buffer;
  alt?: string | undefined;
  caption?: string | null | undefined;
  credit?: string | null | undefined;
}

/** An image too large to decode: 413, naming the limit (and the image's size when known). */
function tooManyPixels(width?: number, height?: number): DomainError {
  const megapixels = MEDIA_LIMITS.maxPixels / 1_000_000;
  const size = width && height ? ` is ${width} × ${height} pixels; it` : '';
  return new DomainError(
    'payload_too_large',
    `The image${size} has more than ${megapixels} megapixels (${MEDIA_LIMITS.maxPixels} pixels), the most we accept`,
    'file',
  );
}

async function probe(
  data: Buffer,
): Promise<{ width: number; height: number; format: { mime: string; ext: string } }> {
  let meta: Metadata;
  const sharp = await loadSharp();
  try {
    // Only the header is read, so the size is known (and checked below, to name it in the
    // answer) before a single pixel is decoded; decoding keeps libvips' own pixel limit.
    meta = await sharp(data, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message)) throw tooManyPixels();
    throw new DomainError(
      'unsupported_media_type',
      'The file is not an image we can read (JPEG, PNG, WebP, GIF, AVIF)',
      'file',
    );
  }
  const format = meta.format ? FORMATS[meta.format] : undefined;
  if (!format || !meta.width || !meta.height) {
    throw new DomainError(
      'unsupported_media_type',
      'The file is not an image we can read (JPEG, PNG, WebP, GIF, AVIF)',
      'file',
    );
  }
  if (meta.width * meta.height > MEDIA_LIMITS.maxPixels) throw tooManyPixels(meta.width, meta.height);
  // EXIF orientations 5-8 swap width and height once the image is turned upright.
  const turned = (meta.orientation ?? 1) >= 5;
  return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, format };
}

/** Makes the public renditions: upright, sRGB, metadata stripped, WebP. */
async function renditions(
  data: Buffer,
  width: number,
  height: number,
): Promise<Array<Rendition & { data: Buffer }>> {
  const widths = RENDITION_WIDTHS.filter((w) => w < width);
  if (widths.length < RENDITION_WIDTHS.length) widths.push(width as (typeof RENDITION_WIDTHS)[number]);
  // Every rendition resizes a clone of the same upright pipeline. One after the other: each
  // decodes the original, and at most one decoded photo per upload is held at a time.
  const sharp = await loadSharp();
  const upright = sharp(data, { limitInputPixels: MEDIA_LIMITS.maxPixels }).rotate().toColourspace('srgb');
  const made: Array<Rendition & { data: Buffer }> = [];
  for (const w of widths) {
    const h = Math.max(1, Math.round((height * w) / width));
    const buffer = await upright
      .clone()
      .resize({ width: w, height: h, fit: 'fill' })
      .webp({ quality: 78, effort: 4 })
      .toBuffer();
    made.push({ width: w, height: h, format: 'webp', file: `${w}.webp`, data: buffer });
  }
  return made;
}

/** Stores an uploaded image and its renditions, then records it. */
export async function uploadMedia(
  ctx: CommandContext,
  files: MediaFiles,
  upload: MediaUpload,
): Promise<Media> {
  authorize(ctx.actor, 'media.upload');
  checkMediaTextLengths(upload);
  if (upload.data.length === 0) throw invalid('file', 'The file is empty');
  if (upload.data.length > MEDIA_LIMITS.maxBytes) {
    throw new DomainError(
      'payload_too_large',
      `The file is larger than ${MEDIA_LIMITS.maxBytes} bytes`,
      'file',
    );
  }
  const { width, height, format } = await probe(upload.data);
  const made = await renditions(upload.data, width, height);
  const id = newId();
  const originalFile = `original.${format.ext}`;
  try {
    await files.write(id, originalFile, upload.data);
    for (const r of made) await files.write(id, r.file, r.data);
    const media: Media = {
      id,
      originalFile,
      mimeType: format.mime,
      width,
      height,
      bytes: upload.data.length,
      alt: upload.alt?.trim() ?? '',
      caption: upload.caption?.trim() || null,
      credit: upload.credit?.trim() || null,
      renditions: made.map(({ data: _data, ...r }) => r),
      createdAt: ctx.now.toISOString(),
    };
    await insertMedia(ctx.db, media);
    return media;
  } catch (error) {
    await files.remove(id);
    throw error;
  }
}
