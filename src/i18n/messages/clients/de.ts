/** German texts of the clients area. */
import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'clients.afterArticle.label': 'Rund um diesen Artikel',
};
