/**
 * Bounds every request body before anything parses or walks it: a size cap per class of
 * route (refused from Content-Length before reading, or while reading a chunked body), a
 * nesting-depth cap on JSON (one linear scan of the raw text before JSON.parse), and a
 * field-count cap on forms. The body is read from the socket once, here; the bytes are handed
 * on, so `c.req.json()` and `c.req.parseBody()` downstream work as before.
 * Refusals go to `refuse`, which answers in the caller's format (JSON or a page).
 * @example app.use('*', bodyLimits({ refuse: (c, refusal) => c.json(refusal, refusal.status) }));
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { MEDIA_LIMITS } from '../../domain/media.js';
import { jsonDepthPast } from '../../lib/json-depth.js';
import type { AppEnv } from '../deps.js';
import { ruleFor } from '../route-policy.js';
import { MAX_JSON_DEPTH } from '../validate.js';
import { STAFF_COOKIE } from './staff-auth.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** The routes that share one set of caps. */
export type BodyClass = 'public' | 'staff' | 'upload';

export interface BodyCaps {
  /** Largest body in bytes. */
  maxBytes: number;
  /** Most fields of a form (urlencoded or multipart). */
  maxFields: number;
}

/**
 * The caps of each class. Readers' and anonymous routes (login, sign-up, comments, error
 * reports, read beacons) take small bodies: their longest text is a comment of 10,000
 * characters, 90 KB when a form escapes it. Staff routes take an article's body or its HTML
 * (2,000,000 characters) and the trust texts of the newsroom form (18 of 20,000 characters);
 * uploads take images up to the media limit.
 */
export const BODY_CAPS: Record<BodyClass, BodyCaps> = {
  public: { maxBytes: 128 * KiB, maxFields: 64 },
  staff: { maxBytes: 4 * MiB, maxFields: 5_000 },
  upload: { maxBytes: MEDIA_LIMITS.maxBytes + 64 * KiB, maxFields: 64 },
};

/** Why a body was refused, with the limit it broke; `message` is the API's English text. */
export interface BodyRefusal {
  code: 'payload_too_large' | 'too_deep' | 'too_many_fields';
  status: 400 | 413;
  limit: number;
  message: string;
  /** The input the refusal concerns: `file` for an upload, else `body`. */
  field: 'body' | 'file';
}

/**
 * The class of a request, from the route policy table: staff routes by their action, the rest
 * public. A request that carries no staff credential at all (bearer token or session cookie)
 * gets the public caps everywhere: it will be refused anyway, and need not be read at length.
 */
export function bodyClassOf(method: string, path: string, hasCredential: boolean): BodyClass {
  const rule = ruleFor(method, path);
  if (!hasCredential || rule === undefined || rule === 'public') return 'public';
  return rule === 'media.upload' ? 'upload' : 'staff';
}

type BodyKind = 'json' | 'urlencoded' | 'multipart' | 'other';

/** Which reading a media type gets; text/plain and none count as JSON (read beacons send them). */
function kindOf(contentType: string | undefined): BodyKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (type === 'multipart/form-data') return 'multipart';
  if (type === '' || type === 'text/plain' || type === 'application/json' || type.endsWith('+json'))
    return 'json';
  return 'other';
}

/** The body's bytes, or null as soon as they pass `maxBytes` (the rest is not read). */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The number of fields of a urlencoded form: its `&`-separated pairs. */
function urlencodedFields(bytes: Uint8Array): number {
  if (bytes.byteLength === 0) return 0;
  let fields = 1;
  for (const byte of bytes) if (byte === 0x26) fields++;
  return fields;
}

/** The number of parts of a multipart body: its boundary lines, less the closing one. */
function multipartFields(bytes: Uint8Array, contentType: string): number {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return 0;
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(`--${boundary}`);
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return Math.max(0, count - 1);
}

function tooLarge(bodyClass: BodyClass): BodyRefusal {
  const { maxBytes } = BODY_CAPS[bodyClass];
  return bodyClass === 'upload'
    ? {
        code: 'payload_too_large',
        status: 413,
        limit: MEDIA_LIMITS.maxBytes,
        message: `The upload is larger than ${MEDIA_LIMITS.maxBytes} bytes`,
        field: 'file',
      }
    : {
        code: 'payload_too_large',
        status: 413,
        limit: maxBytes,
        message: `The request body is larger than the ${maxBytes} bytes this address accepts`,
        field: 'body',
      };
}

/** What is wrong with a body that fits the size cap, or null when nothing is. */
function problemOf(
  bytes: Uint8Array,
  kind: BodyKind,
  contentType: string,
  caps: BodyCaps,
): BodyRefusal | null {
  if (kind === 'json') {
    if (jsonDepthPast(new TextDecoder().decode(bytes), MAX_JSON_DEPTH) === -1) return null;
    return {
      code: 'too_deep',
      status: 400,
      limit: MAX_JSON_DEPTH,
      message: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`,
      field: 'body',
    };
  }
  const fields =
    kind === 'urlencoded'
      ? urlencodedFields(bytes)
      : kind === 'multipart'
        ? multipartFields(bytes, contentType)
        : 0;
  if (fields <= caps.maxFields) return null;
  return {
    code: 'too_many_fields',
    status: 400,
    limit: caps.maxFields,
    message: `The form has more than ${caps.maxFields} fields`,
    field: 'body',
  };
}

/** The middleware; mount it once, before every route. */
export function bodyLimits(options: {
  refuse: (c: Context<AppEnv>, refusal: BodyRefusal) => Response | Promise<Response>;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return next();
    const credential =
      c.req.header('authorization') !== undefined || getCookie(c, STAFF_COOKIE) !== undefined;
    const bodyClass = bodyClassOf(c.req.method, c.req.path, credential);
    const caps = BODY_CAPS[bodyClass];
    const contentType = c.req.header('content-type') ?? '';
    const kind = kindOf(contentType);
    const declared = raw.headers.has('transfer-encoding') ? null : raw.headers.get('content-length');
    if (declared !== null) {
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length > caps.maxBytes) {
        // Not read: the connection closes after the answer instead of draining the rest.
        c.header('Connection', 'close');
        return options.refuse(c, tooLarge(bodyClass));
      }
      // A body of a kind no route parses needs no reading here; its length is known.
      if (kind === 'other') return next();
    }
    const bytes = await readCapped(raw.body, caps.maxBytes);
    if (!bytes) {
      c.header('Connection', 'close');
      return options.refuse(c, tooLarge(bodyClass));
    }
    const problem = problemOf(bytes, kind, contentType, caps);
    if (problem) return options.refuse(c, problem);
    // Handed on in memory: c.req.json(), text() and parseBody() read these bytes, not the socket.
    c.req.raw = new Request(raw, { body: bytes });
    return next();
  };
}
