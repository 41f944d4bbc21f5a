/** English texts of the workflow area: the reference; other languages have exactly these keys. */
export const en = {
  'workflow.dashboard.pending': 'Held edits of scheduled and published articles',
  'workflow.holdScheduled':
    'This article is scheduled. Your edits are kept as a pending revision for the desk; the version the desk scheduled is the one that goes out.',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
