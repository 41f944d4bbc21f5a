/**
 * Reader accounts: display names that cannot pose as staff or as another reader, and the
 * rules of emails and passwords.
 * @example nameKey('Ꭺdmin') === nameKey('admin') // true: look-alikes fold together
 */
import { invalid } from './errors.js';

export interface Reader {
  id: string;
  email: string;
  displayName: string;
  language: string;
  createdAt: string;
  confirmedAt: string | null;
  bannedAt: string | null;
  suspendedUntil: string | null;
  banReason: string | null;
}

/** The reader a request acts as, with its session's CSRF token. */
export interface ReaderSession {
  reader: Reader;
  csrfToken: string;
}

export const MIN_READER_PASSWORD = 10;
export const MAX_READER_PASSWORD = 200;
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 40;

/**
 * Words a display name may not contain once folded: they would make a reader look like the
 * newsroom speaking. Staff members' own names are refused as well (see `isReservedName`).
 */
export const RESERVED_NAME_PARTS = [
  'shortwave',
  'moderator',
  'moderation',
  'admin',
  'editor',
  'redaktion',
  'redaction',
  'newsroom',
  'journalist',
  'staff',
  'official',
] as const;

/**
 * Characters that look like Latin letters or digits, folded to the letter they imitate.
 * Digits fold to letters too ("adm1n"), and so do Cyrillic, Greek and Cherokee look-alikes.
 */
const LOOKALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '|': 'l',
  '!': 'l',
  '@': 'a',
  $: 's',
  i: 'l',
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'l',
  ї: 'l',
  ј: 'l',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ı: 'l',
  ɩ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'l',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Cherokee capitals that copy Latin ones (lower-cased by toLowerCase into ꭰ…)
  ꭰ: 'd',
  ꭱ: 'r',
  ꭲ: 't',
  ꭺ: 'a',
  ꮃ: 'w',
  ꮇ: 'm',
  ꮋ: 'h',
  ꮓ: 'z',
  ꮪ: 's',
  ꮯ: 'c',
  ꮲ: 'p',
  ꮶ: 'k',
};

/** Letter pairs that read as one letter at a glance. */
const PAIRS: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/**
 * The display name as shown: NFKC (so full-width and styled letters become plain ones),
 * without invisible or control characters, with single spaces.
 */
export function cleanDisplayName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The key two names collide on: case, accents, look-alike letters and everything but letters
 * and digits folded away. Names are unique by this key.
 */
export function nameKey(name: string): string {
  const base = cleanDisplayName(name)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss');
  let folded = '';
  for (const char of base) folded += LOOKALIKES[char] ?? char;
  folded = folded.replace(/[^\p{L}\p{N}]/gu, '');
  for (const [pattern, to] of PAIRS) folded = folded.replace(pattern, to);
  return folded;
}

/** True when a name would read as the newsroom, or as one of the given staff names. */
export function isReservedName(name: string, staffNames: readonly string[]): boolean {
  const key = nameKey(name);
  // Word by word, so that "Badminton" or "Staffan" stay free while "Admin", "The Editor",
  // "ShortwaveNews" or "M0DERAT0R" do not.
  const words = [
    key,
    ...cleanDisplayName(name)
      .split(/[^\p{L}\p{N}]+/u)
      .map(nameKey),
  ].filter(Boolean);
  const parts = RESERVED_NAME_PARTS.map(nameKey).join('|');
  const reserved = new RegExp(`^(the|our|team)?(${parts})(s|news|desk|team|official)?\\d*$`);
  if (words.some((word) => reserved.test(word))) return true;
  return staffNames.some((staff) => nameKey(staff) === key);
}

/**
 * A display name readers can have: 2 to 40 characters of letters, digits, spaces and a few
 * marks, not reserved. Answers the cleaned name; throws a validation error naming `displayName`.
 */
export function checkDisplayName(raw: string, staffNames: readonly string[]): string {
  const name = cleanDisplayName(raw);
  const length = [...name].length;
  if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
    throw invalid(
      'displayName',
      `The display name needs ${MIN_NAME_LENGTH} to ${MAX_NAME_LENGTH} characters`,
    );
  }
  if (!/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'_-]*$/u.test(name)) {
    throw invalid('displayName', "The display name may hold letters, digits, spaces and . ' _ - only");
  }
  if (nameKey(name).length < MIN_NAME_LENGTH) throw invalid('displayName', 'The display name is too short');
  if (isReservedName(name, staffNames)) {
    throw invalid('displayName', 'This display name is reserved for the newsroom');
  }
  return name;
}

/** Throws a validation error naming `password` unless it is long enough and not too long. */
export function checkReaderPassword(password: string): void {
  if (password.length < MIN_READER_PASSWORD) {
    throw invalid('password', `The password needs at least ${MIN_READER_PASSWORD} characters`);
  }
  if (password.length > MAX_READER_PASSWORD) {
    throw invalid('password', `The password may have at most ${MAX_READER_PASSWORD} characters`);
  }
}

/** True while a reader may not write: banned, or suspended until a later time. */
export function isBarred(reader: Pick<Reader, 'bannedAt' | 'suspendedUntil'>, now: Date): boolean {
  return (
    reader.bannedAt !== null ||
    (reader.suspendedUntil !== null && Date.parse(reader.suspendedUntil) > now.getTime())
  );
}
