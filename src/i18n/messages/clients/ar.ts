/** Arabic texts of the clients area. */
import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'clients.afterArticle.label': 'حول هذا المقال',
};
