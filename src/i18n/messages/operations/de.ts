import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'operations.requestId': 'Referenz dieser Anfrage, falls Sie das Problem melden: {id}',
};
