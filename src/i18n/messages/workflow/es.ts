import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'workflow.dashboard.pending': 'Cambios retenidos de artículos programados y publicados',
  'workflow.holdScheduled':
    'Este artículo está programado. Tus cambios se guardan como una revisión pendiente para la mesa de edición; se publicará la versión que la mesa programó.',
};
