/**
 * Content codings for what readers download: which text bodies are worth compressing, the
 * brotli and gzip copies (made once: when a page enters the page cache, when an asset is first
 * asked for), and the choice among them by the client's `Accept-Encoding` (RFC 9110 §12.5.3):
 * q-values honoured, `identity;q=0` and `*;q=0` respected, brotli preferred when equal.
 * @example const br = compressSync(bytes, 'br', 'page'); const chosen = negotiateEncoding(req.headers['accept-encoding'], ['br', 'gzip', 'identity']);
 */
import { type BrotliOptions, brotliCompressSync, constants, gzipSync, type ZlibOptions } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';
export type CompressedEncoding = Exclude<Encoding, 'identity'>;

/** Best first: the order that breaks ties between equal q-values. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity'];

/** Below this many bytes, a compressed copy saves less than a packet and costs a Vary. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * Brotli quality per kind of body. Pages are compressed on the request that renders them:
 * quality 5 is within about 10 % of 11 at a hundredth of the time (docs/adr/0017-compression.md
 * has the measurements). Assets are compressed once per process, off the event loop: the best.
 */
const BROTLI_QUALITY: Record<BodyKind, number> = { page: 5, asset: constants.BROTLI_MAX_QUALITY };
const GZIP_LEVEL: Record<BodyKind, number> = { page: 6, asset: 9 };

export type BodyKind = 'page' | 'asset';

const TEXT_TYPES = new Set([
  'application/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
]);

/** True for the text types readers download: HTML, CSS, JS, JSON, XML (feeds, sitemaps), SVG. */
export function isCompressible(contentType: string): boolean {
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return type.startsWith('text/') || TEXT_TYPES.has(type) || type.endsWith('+json') || type.endsWith('+xml');
}

/** The codings a body is offered in, best first: identity alone for small or non-text bodies. */
export function codingsFor(bytes: Uint8Array, contentType: string): readonly Encoding[] {
  return bytes.length >= MIN_COMPRESSED_BYTES && isCompressible(contentType) ? ALL : IDENTITY;
}

const ALL: readonly Encoding[] = ['br', 'gzip', 'identity'];
const IDENTITY: readonly Encoding[] = ['identity'];

/** The zlib options of a coding for a kind of body of `size` bytes. */
export function zlibOptionsOf(
  encoding: CompressedEncoding,
  kind: BodyKind,
  size: number,
): ZlibOptions & BrotliOptions {
  const table: Record<CompressedEncoding, () => ZlibOptions & BrotliOptions> = {
    br: () => ({
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[kind],
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    }),
    gzip: () => ({ level: GZIP_LEVEL[kind] }),
  };
  return table[encoding]();
}

/** A body compressed in one coding, on the calling thread (pages: fast settings). */
export function compressSync(
  bytes: Uint8Array,
  encoding: CompressedEncoding,
  kind: BodyKind,
): Uint8Array<ArrayBuffer> {
  const options = zlibOptionsOf(encoding, kind, bytes.length);
  return new Uint8Array(encoding === 'br' ? brotliCompressSync(bytes, options) : gzipSync(bytes, options));
}

/** The q-value of each coding named in an Accept-Encoding value (`x-gzip` is gzip). */
function weightsOf(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') q = Number(value.trim());
    }
    // A weight that is not a number says nothing we could honour: the entry is ignored.
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, q);
  }
  return weights;
}

/**
 * The coding to answer with, among those on offer. No header, or an empty one, means identity
 * (what clients that send nothing expect in practice). A coding not named takes the weight of
 * `*`; without `*`, only identity is acceptable by default, as the least wanted. When the client excludes everything
 * on offer, the answer is identity all the same (RFC 9110 lets the server ignore the header
 * rather than refuse with 406; a body the client can read beats an error page).
 */
export function negotiateEncoding(header: string | undefined, offered: readonly Encoding[]): Encoding {
  if (!header?.trim() || offered.length === 0) return 'identity';
  const weights = weightsOf(header);
  const any = weights.get('*');
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const coding of PREFERENCE) {
    if (!offered.includes(coding)) continue;
    // Identity not named stays acceptable, behind every coding the client did name.
    const q = weights.get(coding) ?? any ?? (coding === 'identity' ? 0.001 : 0);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Choices already made, by Accept-Encoding value: clients send a handful of distinct ones. */
const CHOSEN = new Map<string, Encoding>();
const CHOSEN_MAX = 256;

/**
 * The coding to answer with among all three (`negotiateEncoding` with brotli, gzip and
 * identity on offer), remembered per header value so that a cache hit does not parse it again.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (header === undefined) return 'identity';
  let chosen = CHOSEN.get(header);
  if (chosen === undefined) {
    chosen = negotiateEncoding(header, ALL);
    // Values are the client's to choose: the memory stays bounded whatever they send.
    if (CHOSEN.size >= CHOSEN_MAX) CHOSEN.clear();
    CHOSEN.set(header, chosen);
  }
  return chosen;
}
