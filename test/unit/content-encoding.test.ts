import { describe, expect, it } from 'vitest';
import {
  chooseEncoding,
  codingsFor,
  isCompressible,
  negotiateEncoding,
} from '../../src/http/content-encoding.js';

const ALL = ['br', 'gzip', 'identity'] as const;

describe('content encoding', () => {
  it.each([
    // what browsers send
    ['gzip, deflate, br, zstd', 'br'],
    ['br, gzip', 'br'],
    // what older clients and tools send
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    // q-values decide; brotli wins a tie
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['br;q=0.2, identity;q=0.9', 'identity'],
    // q=0 excludes a coding, `*` stands for those not named
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    // nothing asked for, or nothing acceptable on offer: the plain body
    [undefined, 'identity'],
    ['', 'identity'],
    ['*;q=0', 'identity'],
    ['gzip;q=zero', 'identity'],
  ])('answers Accept-Encoding %j with %s', (header, expected) => {
    expect(negotiateEncoding(header, ALL)).toBe(expected);
    expect(chooseEncoding(header)).toBe(expected);
    expect(chooseEncoding(header)).toBe(expected); // remembered, the same
  });

  it('chooses only among the codings on offer', () => {
    expect(negotiateEncoding('br, gzip', ['identity'])).toBe('identity');
    expect(negotiateEncoding('br;q=0.5, gzip', ['br', 'identity'])).toBe('br');
  });

  it('compresses the text readers download and leaves pictures alone', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'text/css',
      'text/javascript; charset=utf-8',
      'application/json',
      'application/manifest+json',
      'application/rss+xml; charset=utf-8',
      'application/atom+xml',
      'application/xml',
      'image/svg+xml',
    ])
      expect(isCompressible(type), type).toBe(true);
    for (const type of ['image/jpeg', 'image/webp', 'image/avif', 'image/png', 'application/gzip'])
      expect(isCompressible(type), type).toBe(false);
  });

  it('keeps bodies under 1 KB as they are', () => {
    expect(codingsFor(new Uint8Array(1023), 'text/html')).toEqual(['identity']);
    expect(codingsFor(new Uint8Array(1024), 'text/html')).toEqual(['br', 'gzip', 'identity']);
    expect(codingsFor(new Uint8Array(4096), 'image/webp')).toEqual(['identity']);
  });
});
