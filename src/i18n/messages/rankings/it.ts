import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'rankings.popular.title': 'I più letti',
  'rankings.popular.empty': 'Non sono ancora stati letti abbastanza articoli per una classifica.',
  'rankings.discussed.title': 'I più commentati',
  'rankings.discussed.empty': 'Nessun commento negli ultimi sette giorni.',
  'rankings.discussed.debate': 'Dibattito',
  'rankings.discussed.comments': 'Commenti: {count}',
};
