import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'operations.requestId': 'Referencia de esta solicitud, si informa del problema: {id}',
};
