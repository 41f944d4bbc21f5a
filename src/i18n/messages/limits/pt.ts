import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'limits.tooLarge.title': 'Foi enviado demasiado de uma só vez',
  'limits.tooLarge.body':
    'O que enviou é maior do que os {size} que este formulário aceita. Encurte-o e tente novamente.',
  'limits.tooDeep.title': 'Não foi possível ler o que foi enviado',
  'limits.tooDeep.body':
    'O que enviou está aninhado em mais de {levels, plural, one {# nível} many {# de níveis} other {# níveis}}, algo que nenhum formulário deste site produz. Recarregue a página e tente novamente.',
  'limits.tooManyFields.title': 'O formulário tem campos a mais',
  'limits.tooManyFields.body':
    'O formulário enviado tem mais de {fields, plural, one {# campo} many {# de campos} other {# campos}}, algo que nenhum formulário deste site produz. Recarregue a página e tente novamente.',
};
