/**
 * sharp (libvips) costs about 30 MiB of memory once loaded; it is loaded on first use only,
 * so a server that serves pages and takes no uploads never pays for it.
 * @example const sharp = await loadSharp(); await sharp(buffer).metadata();
 */
export type Sharp = typeof import('sharp').default;

let loading: Promise<Sharp> | null = null;

export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
