/** English texts of the rankings area: the reference; other languages have exactly these keys. */
export const en = {
  'rankings.popular.title': 'Popular Stories',
  'rankings.popular.empty': 'Not enough stories have been read yet to rank them.',
  'rankings.discussed.title': 'Most Discussed',
  'rankings.discussed.empty': 'No comments in the last seven days.',
  'rankings.discussed.debate': 'Debate',
  'rankings.discussed.comments': 'Comments: {count}',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
