/** Portuguese texts of the clients area. */
import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'clients.afterArticle.label': 'Em torno deste artigo',
};
