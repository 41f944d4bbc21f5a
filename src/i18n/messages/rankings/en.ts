/** English texts of the rankings area: the reference; other languages have exactly these keys. */
export const en = {} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
