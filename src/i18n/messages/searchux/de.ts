import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'searchux.didYouMean': 'Meinten Sie {suggestion}?',
};
