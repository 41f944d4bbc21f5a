/**
 * sharp (libvips) costs about 30 MiB of memory once loaded; it is loaded on first use only,
 * so a server that serves pages and takes no uploads never pays for it. Once loaded it is
 * held small: one thread per image (uploads are few and run side by side, bounded by the
 * upload gate, src/http/upload-gate.ts) and a small operation cache, so that a burst of
 * large photos does not keep hundreds of MiB of decoded pixels alive.
 * @example const sharp = await loadSharp(); await sharp(buffer).metadata();
 */
export type Sharp = typeof import('sharp').default;

/** What libvips may keep between operations; decoded images larger than this are not cached. */
const CACHE = { memory: 32, files: 0, items: 32 } as const;

let loading: Promise<Sharp> | null = null;

export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then((module) => {
    const sharp = module.default;
    sharp.concurrency(1);
    sharp.cache(CACHE);
    return sharp;
  });
  return loading;
}
