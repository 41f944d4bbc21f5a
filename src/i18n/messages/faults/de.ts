import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'faults.unavailable.title': 'Kurz nicht erreichbar',
  'faults.unavailable.body':
    'Der Dienst ist kurz nicht erreichbar; bitte versuchen Sie es gleich noch einmal.',
  'faults.storageFull.title': 'Kein Speicherplatz mehr',
  'faults.storageFull.body':
    'Auf dem Server ist kein Speicherplatz mehr frei, deshalb wurde nichts gespeichert. Lesen geht weiterhin; bitte versuchen Sie es später noch einmal.',
};
