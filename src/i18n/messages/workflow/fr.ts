import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'workflow.dashboard.pending': 'Modifications en attente d’articles programmés et publiés',
  'workflow.holdScheduled':
    'Cet article est programmé. Vos modifications sont conservées comme révision en attente pour le desk ; c’est la version programmée par le desk qui sera publiée.',
};
