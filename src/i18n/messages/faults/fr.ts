import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'faults.unavailable.title': 'Momentanément indisponible',
  'faults.unavailable.body': 'Le service est momentanément indisponible ; réessayez dans un instant.',
  'faults.storageFull.title': 'Plus d’espace de stockage',
  'faults.storageFull.body':
    'Le serveur n’a plus d’espace de stockage, rien n’a donc été enregistré. La lecture fonctionne toujours ; veuillez réessayer plus tard.',
};
