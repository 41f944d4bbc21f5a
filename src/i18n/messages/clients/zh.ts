/** Chinese texts of the clients area. */
import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'clients.afterArticle.label': '本文相关内容',
};
