import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'operations.requestId': 'Номер этого запроса (укажите его, сообщая о проблеме): {id}',
};
