/** Japanese texts of the clients area. */
import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'clients.afterArticle.label': 'この記事の関連情報',
};
