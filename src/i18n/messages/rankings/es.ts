import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'rankings.popular.title': 'Lo más leído',
  'rankings.popular.empty': 'Todavía no se han leído suficientes artículos para clasificarlos.',
  'rankings.discussed.title': 'Lo más comentado',
  'rankings.discussed.empty': 'Ningún comentario en los últimos siete días.',
  'rankings.discussed.debate': 'Debate',
  'rankings.discussed.comments': 'Comentarios: {count}',
};
