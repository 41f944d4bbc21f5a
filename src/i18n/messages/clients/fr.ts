/** French texts of the clients area. */
import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'clients.afterArticle.label': 'Autour de cet article',
};
