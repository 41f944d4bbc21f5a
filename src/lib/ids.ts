/**
 * Random identifiers, safe in URLs and unique without a database round trip.
 * @example newId() // 'k3x9q2m7p1zt'
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A random id of `length` characters from a 32-letter alphabet (60 bits for 12). */
export function newId(length = 12): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % 32];
  return id;
}

/** A random secret token, base64url. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
