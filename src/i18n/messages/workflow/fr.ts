import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'workflow.holdScheduled':
    'Cet article est programmé. Vos modifications sont conservées comme révision en attente pour le desk ; c’est la version programmée par le desk qui sera publiée.',
};
