import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'limits.tooLarge.title': 'Se ha enviado demasiado a la vez',
  'limits.tooLarge.body':
    'Lo que ha enviado supera los {size} que acepta este formulario. Acórtelo y vuelva a intentarlo.',
  'limits.tooDeep.title': 'No se pudo leer lo enviado',
  'limits.tooDeep.body':
    'Lo que ha enviado está anidado en más de {levels, plural, one {# nivel} many {# de niveles} other {# niveles}}, algo que ningún formulario de este sitio produce. Recargue la página y vuelva a intentarlo.',
  'limits.tooManyFields.title': 'El formulario tiene demasiados campos',
  'limits.tooManyFields.body':
    'El formulario enviado tiene más de {fields, plural, one {# campo} many {# de campos} other {# campos}}, algo que ningún formulario de este sitio produce. Recargue la página y vuelva a intentarlo.',
};
