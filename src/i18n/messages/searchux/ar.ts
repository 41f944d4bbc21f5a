import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'searchux.didYouMean': 'هل تقصد {suggestion}؟',
};
