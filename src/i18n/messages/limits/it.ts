import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'limits.tooLarge.title': 'Troppi dati inviati in una volta',
  'limits.tooLarge.body':
    'Ciò che ha inviato supera i {size} accettati da questo modulo. Lo accorci e riprovi.',
  'limits.tooDeep.title': 'Non è stato possibile leggere i dati inviati',
  'limits.tooDeep.body':
    'Ciò che ha inviato è annidato su più di {levels, plural, one {# livello} many {# di livelli} other {# livelli}}, cosa che nessun modulo di questo sito produce. Ricarichi la pagina e riprovi.',
  'limits.tooManyFields.title': 'Il modulo ha troppi campi',
  'limits.tooManyFields.body':
    'Il modulo inviato ha più di {fields, plural, one {# campo} many {# di campi} other {# campi}}, cosa che nessun modulo di questo sito produce. Ricarichi la pagina e riprovi.',
};
