/**
 * What a machine-translation adapter (Apertium APY, LibreTranslate, DeepL) does: list the
 * pairs it translates directly and translate one batch of texts over HTTP. Retries, the rate
 * limit, the cache and the pivot language are the service's (mt-service.ts), not the adapter's.
 * @example const texts = await adapter.translate(['Hello'], 'en', 'es', 'text', signal);
 */
import type { Language } from '../domain/languages.js';

/** How a text is sent: plain, or with the lightweight inline markup of mt-body.ts. */
export type TextFormat = 'text' | 'html';

export interface ProviderAdapter {
  /** The provider's name as the newsroom shows it. */
  readonly name: string;
  /** The most texts one request carries. */
  readonly maxBatch: number;
  /** The most requests in flight at once. */
  readonly concurrency: number;
  /** The pairs translated directly, `from` then `to`. */
  pairs(signal: AbortSignal): Promise<ReadonlyArray<readonly [Language, Language]>>;
  /** One translated text per input, in order. Throws `ProviderFailure`. */
  translate(
    texts: readonly string[],
    from: Language,
    to: Language,
    format: TextFormat,
    signal: AbortSignal,
  ): Promise<string[]>;
}

/** A failed request: `retryable` for timeouts, network errors, 429 and 5xx. */
export class ProviderFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ProviderFailure';
  }
}

/** Sends a request and answers its JSON; any failure becomes a `ProviderFailure`. */
export async function requestJson(
  url: string,
  init: RequestInit & { signal: AbortSignal },
  provider: string,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const timedOut = init.signal.aborted;
    throw new ProviderFailure(
      `${provider}: ${timedOut ? 'no answer in time' : `unreachable (${(error as Error).message})`}`,
      true,
    );
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const retryable = response.status === 429 || response.status >= 500;
    throw new ProviderFailure(`${provider}: HTTP ${response.status} ${text.slice(0, 200)}`.trim(), retryable);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderFailure(`${provider}: the answer is not JSON`, true);
  }
}

/** The base URL without trailing slashes. */
export function baseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}
