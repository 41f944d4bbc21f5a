import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'rankings.popular.title': 'Mais lidas',
  'rankings.popular.empty': 'Ainda não foram lidas reportagens suficientes para as classificar.',
  'rankings.discussed.title': 'Mais comentadas',
  'rankings.discussed.empty': 'Nenhum comentário nos últimos sete dias.',
  'rankings.discussed.debate': 'Debate',
  'rankings.discussed.comments': 'Comentários: {count}',
};
