/** English texts of the searchux area (search suggestions): the reference; other languages have exactly these keys. */
export const en = {
  'searchux.didYouMean': 'Did you mean {suggestion}?',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
