import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'searchux.didYouMean': 'Forse cercavi {suggestion}?',
};
