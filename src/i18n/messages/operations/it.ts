import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'operations.requestId': 'Riferimento di questa richiesta, se segnala il problema: {id}',
};
