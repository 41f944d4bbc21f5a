import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'faults.unavailable.title': 'No disponible por un momento',
  'faults.unavailable.body': 'El servicio no está disponible por un momento; inténtelo de nuevo enseguida.',
  'faults.storageFull.title': 'Sin espacio de almacenamiento',
  'faults.storageFull.body':
    'El servidor se ha quedado sin espacio de almacenamiento, así que no se guardó nada. La lectura sigue funcionando; inténtelo más tarde.',
};
