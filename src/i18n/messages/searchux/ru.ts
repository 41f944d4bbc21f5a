import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'searchux.didYouMean': 'Возможно, вы имели в виду {suggestion}?',
};
