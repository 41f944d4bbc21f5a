/** Russian texts of the clients area. */
import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'clients.afterArticle.label': 'Вокруг этой статьи',
};
