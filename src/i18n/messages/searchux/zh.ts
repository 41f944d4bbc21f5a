import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'searchux.didYouMean': '您是不是要找 {suggestion}？',
};
