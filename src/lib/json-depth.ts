/**
 * How deeply JSON text nests, found by one linear scan of the raw text before anything parses
 * or walks it: brackets inside strings (escapes included) do not count, and the scan stops at
 * the first bracket past the limit. It does not check that the text is valid JSON.
 * @example jsonDepthPast('{"a":[1,"]]"]}', 1) // 5: the `[` at offset 5 opens level 2
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** The offset of the first `[` or `{` that opens a level past `limit`, or -1 when none does. */
export function jsonDepthPast(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth++;
      if (depth > limit) return i;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth--;
    }
  }
  return -1;
}
