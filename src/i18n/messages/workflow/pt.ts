import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'workflow.dashboard.pending': 'Alterações retidas de artigos agendados e publicados',
  'workflow.holdScheduled':
    'Este artigo está agendado. As suas alterações ficam guardadas como revisão pendente para a mesa de edição; é publicada a versão que a mesa agendou.',
};
