import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'workflow.dashboard.pending': 'Modifiche in sospeso di articoli programmati e pubblicati',
  'workflow.holdScheduled':
    'Questo articolo è programmato. Le tue modifiche sono conservate come revisione in sospeso per il desk; esce la versione che il desk ha programmato.',
};
