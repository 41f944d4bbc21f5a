/**
 * Title, author and text of embedded posts and videos, from their providers' oEmbed
 * endpoints, for the placeholder a reader sees before anything loads from the provider.
 * Only the endpoints the provider registry names are asked, through the guards of
 * `guardedGet` (allow-list, public addresses only, redirects re-checked, deadline, size
 * limit). Answers and failures are cached in memory for a while, in a bounded map; any
 * failure means "no metadata", and the article shows the plain placeholder.
 * @example const embedMetadata = createEmbedMetadata(); await embedMetadata('https://youtu.be/dQw4w9WgXcQ')
 */
import { Parser } from 'htmlparser2';
import { z } from 'zod';
import { type EmbedMeta, metadataSourceOf, recognizeEmbed } from '../domain/embeds.js';
import { type GuardedGetOptions, guardedGet } from './safe-fetch.js';

/** The metadata of an embed URL, or null when there is none (unknown provider, failure). */
export type EmbedMetadataLookup = (url: string) => Promise<EmbedMeta | null>;

export interface EmbedMetadataOptions
  extends Pick<GuardedGetOptions, 'lookup' | 'fetch' | 'timeoutMs' | 'maxBytes'> {
  /** How long an answer is kept (default 6 hours). */
  ttlMs?: number | undefined;
  /** How long a failure is kept before the provider is asked again (default 10 minutes). */
  failureTtlMs?: number | undefined;
  /** Most URLs kept; the oldest go first (default 1000). */
  maxEntries?: number | undefined;
  now?: (() => number) | undefined;
  /** Told about each failure (for the log); failures never reach the page. */
  onFailure?: ((url: string, error: unknown) => void) | undefined;
}

const text = z.string().optional().catch(undefined);
const OembedSchema = z.object({ title: text, author_name: text, html: text });

/** Whitespace collapsed, trimmed, cut to `max` characters; null when nothing is left. */
function clip(value: string | null | undefined, max: number): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** The text of the first paragraph of an oEmbed `html` snippet (the post's own words on X, Bluesky). */
function firstParagraph(html: string | undefined): string | null {
  if (!html) return null;
  let depth = 0;
  let done = false;
  let result = '';
  const parser = new Parser({
    onopentag(name) {
      if (done) return;
      if (name === 'p') depth++;
      else if (name === 'br' && depth > 0) result += ' ';
    },
    ontext(data) {
      if (depth > 0 && !done) result += data;
    },
    onclosetag(name) {
      if (name === 'p' && depth > 0 && --depth === 0) done = true;
    },
  });
  parser.write(html);
  parser.end();
  return result;
}

/** The parts of an oEmbed answer the placeholder shows; null when it names none. */
export function parseOembed(body: string): EmbedMeta | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = OembedSchema.safeParse(json);
  if (!parsed.success) return null;
  const meta: EmbedMeta = {
    title: clip(parsed.data.title, 300),
    author: clip(parsed.data.author_name, 200),
    text: clip(firstParagraph(parsed.data.html), 600),
  };
  return meta.title || meta.author || meta.text ? meta : null;
}

interface Entry {
  meta: EmbedMeta | null;
  expires: number;
}

/** Builds the cached metadata lookup; built once by the composition root. */
export function createEmbedMetadata(options: EmbedMetadataOptions = {}): EmbedMetadataLookup {
  const ttl = options.ttlMs ?? 6 * 60 * 60 * 1000;
  const failureTtl = options.failureTtlMs ?? 10 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();
  const pending = new Map<string, Promise<EmbedMeta | null>>();

  const remember = (key: string, meta: EmbedMeta | null, failed: boolean) => {
    cache.delete(key);
    cache.set(key, { meta, expires: now() + (failed ? failureTtl : ttl) });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  const ask = async (key: string, source: { endpoint: string; hosts: readonly string[] }) => {
    try {
      const body = await guardedGet(source.endpoint, {
        hosts: source.hosts,
        lookup: options.lookup,
        fetch: options.fetch,
        timeoutMs: options.timeoutMs ?? 3000,
        maxBytes: options.maxBytes ?? 256 * 1024,
      });
      const meta = parseOembed(body);
      remember(key, meta, meta === null);
      return meta;
    } catch (error) {
      options.onFailure?.(key, error);
      remember(key, null, true);
      return null;
    }
  };

  return async (url) => {
    const embed = recognizeEmbed(url);
    const source = embed ? metadataSourceOf(embed) : null;
    if (!embed || !source) return null;
    const key = embed.url;
    const cached = cache.get(key);
    if (cached && cached.expires > now()) return cached.meta;
    const running = pending.get(key);
    if (running) return running;
    const work = ask(key, source).finally(() => pending.delete(key));
    pending.set(key, work);
    return work;
  };
}
