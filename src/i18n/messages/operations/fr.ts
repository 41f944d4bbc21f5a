import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'operations.requestId': 'Référence de cette requête, si vous signalez le problème : {id}',
};
