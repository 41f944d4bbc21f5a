/** Spanish texts of the clients area. */
import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'clients.afterArticle.label': 'En torno a este artículo',
};
