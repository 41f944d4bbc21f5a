import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'faults.unavailable.title': 'Indisponível por um momento',
  'faults.unavailable.body': 'O serviço está indisponível por um momento; tente novamente daqui a pouco.',
  'faults.storageFull.title': 'Sem espaço de armazenamento',
  'faults.storageFull.body':
    'O servidor ficou sem espaço de armazenamento, por isso nada foi guardado. A leitura continua a funcionar; tente novamente mais tarde.',
};
