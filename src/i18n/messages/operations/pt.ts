import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'operations.requestId': 'Referência deste pedido, caso comunique o problema: {id}',
};
