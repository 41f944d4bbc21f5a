import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'workflow.dashboard.pending': 'Zurückgehaltene Änderungen an geplanten und veröffentlichten Artikeln',
  'workflow.holdScheduled':
    'Dieser Artikel ist zur Veröffentlichung geplant. Ihre Änderungen werden als ausstehende Revision für das Desk aufbewahrt; erscheinen wird die Fassung, die das Desk eingeplant hat.',
};
