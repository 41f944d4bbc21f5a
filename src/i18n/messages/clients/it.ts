/** Italian texts of the clients area. */
import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'clients.afterArticle.label': 'Intorno a questo articolo',
};
