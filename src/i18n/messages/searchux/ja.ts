import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'searchux.didYouMean': 'もしかして {suggestion}？',
};
