/** English texts of the clients area (what reader modes, feed readers and apps see): the reference. */
export const en = {
  /** The name of the part of an article page that follows the article (report form, comments, more stories). */
  'clients.afterArticle.label': 'Around this article',
};

export type AreaMessages = Record<keyof typeof en, string>;
