import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'searchux.didYouMean': 'Você quis dizer {suggestion}?',
};
