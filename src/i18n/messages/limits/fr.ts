import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'limits.tooLarge.title': 'Trop de données envoyées à la fois',
  'limits.tooLarge.body':
    'Ce que vous avez envoyé dépasse les {size} que ce formulaire accepte. Raccourcissez-le et réessayez.',
  'limits.tooDeep.title': 'Les données envoyées n’ont pas pu être lues',
  'limits.tooDeep.body':
    'Ce que vous avez envoyé est imbriqué sur plus de {levels, plural, one {# niveau} many {# de niveaux} other {# niveaux}}, ce qu’aucun formulaire de ce site ne produit. Rechargez la page et réessayez.',
  'limits.tooManyFields.title': 'Le formulaire a trop de champs',
  'limits.tooManyFields.body':
    'Le formulaire envoyé compte plus de {fields, plural, one {# champ} many {# de champs} other {# champs}}, ce qu’aucun formulaire de ce site ne produit. Rechargez la page et réessayez.',
};
