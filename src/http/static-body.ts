/**
 * A fixed body served many times (the browser islands, the brand's SVGs, the web app
 * manifests): compressed once, on the first request that wants each coding, off the event
 * loop, then answered from memory by `Accept-Encoding` with `Vary` and a per-coding ETag.
 * @example const logo = staticBody(LOGO_SVG, 'image/svg+xml'); app.get('/logo.svg', (c) => logo.answer(c, CACHE));
 */
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { type CompressedEncoding, chooseEncoding, codingsFor, zlibOptionsOf } from './content-encoding.js';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The best compression: each copy is made once per process, on zlib's threads. */
const COMPRESS: Record<CompressedEncoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  br: (bytes) => brotliAsync(bytes, zlibOptionsOf('br', 'asset', bytes.length)),
  gzip: (bytes) => gzipAsync(bytes, zlibOptionsOf('gzip', 'asset', bytes.length)),
};

const SUFFIX: Record<CompressedEncoding, string> = { br: '-br', gzip: '-gz' };

export interface StaticBody {
  /**
   * The answer to a GET or HEAD: `headers` are the route's own (cache-control, an ETag if
   * it has one); content type, coding, Vary and the coding's ETag are added. 304 when the
   * request's If-None-Match names the chosen copy.
   */
  answer(c: Context, headers?: Record<string, string>): Promise<Response>;
}

/** Prepares a fixed body for serving; compresses only text of 1 KB and more. */
export function staticBody(body: string | Uint8Array<ArrayBuffer>, contentType: string): StaticBody {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const offered = codingsFor(bytes, contentType);
  const copies = new Map<CompressedEncoding, Promise<Uint8Array<ArrayBuffer>>>();
  const copyOf = (encoding: CompressedEncoding): Promise<Uint8Array<ArrayBuffer>> => {
    let copy = copies.get(encoding);
    if (!copy) {
      copy = COMPRESS[encoding](bytes).then(
        (out) => new Uint8Array(out),
        (error: unknown) => {
          copies.delete(encoding); // tried again on the next request
          throw error;
        },
      );
      copies.set(encoding, copy);
    }
    return copy;
  };
  return {
    async answer(c, headers = {}) {
      const chosen = offered.length > 1 ? chooseEncoding(c.req.header('accept-encoding')) : 'identity';
      const all: Record<string, string> = { ...headers, 'content-type': contentType };
      if (offered.length > 1) all.vary = 'Accept-Encoding';
      if (chosen !== 'identity') {
        all['content-encoding'] = chosen;
        if (all.etag) all.etag = all.etag.replace(/"$/, `${SUFFIX[chosen]}"`);
      }
      const inm = c.req.header('if-none-match');
      if (all.etag && inm?.split(',').some((tag) => tag.trim() === all.etag)) {
        return c.body(null, 304, all);
      }
      const out = chosen === 'identity' ? bytes : await copyOf(chosen);
      return c.body(out, 200, all);
    },
  };
}
