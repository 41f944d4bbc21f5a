import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'rankings.popular.title': 'Les plus lus',
  'rankings.popular.empty': 'Trop peu d’articles ont encore été lus pour établir un classement.',
  'rankings.discussed.title': 'Les plus commentés',
  'rankings.discussed.empty': 'Aucun commentaire ces sept derniers jours.',
  'rankings.discussed.debate': 'Débat',
  'rankings.discussed.comments': 'Commentaires : {count}',
};
