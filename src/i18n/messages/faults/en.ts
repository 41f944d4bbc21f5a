/** English texts of the faults area (a database out of reach, a full disk): the reference. */
export const en = {
  'faults.unavailable.title': 'Briefly unavailable',
  'faults.unavailable.body': 'The service is briefly unavailable; try again in a moment.',
  'faults.storageFull.title': 'No storage space left',
  'faults.storageFull.body':
    'The server has run out of storage space, so nothing was saved. Reading still works; please try again later.',
} as const;

export type AreaMessages = Record<keyof typeof en, string>;
