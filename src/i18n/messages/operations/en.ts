/** English texts of the operations area (the request reference on error pages): the reference. */
export const en = {
  'operations.requestId': 'Reference of this request, if you report the problem: {id}',
} as const;

export type AreaMessages = Record<keyof typeof en, string>;
