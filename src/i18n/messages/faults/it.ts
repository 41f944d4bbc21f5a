import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'faults.unavailable.title': 'Momentaneamente non disponibile',
  'faults.unavailable.body': 'Il servizio è momentaneamente non disponibile; riprova tra un attimo.',
  'faults.storageFull.title': 'Spazio di archiviazione esaurito',
  'faults.storageFull.body':
    'Il server ha esaurito lo spazio di archiviazione, quindi non è stato salvato nulla. La lettura funziona ancora; riprova più tardi.',
};
