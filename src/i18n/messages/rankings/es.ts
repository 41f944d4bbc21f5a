import type { AreaMessages } from './en.js';

export const es: AreaMessages = {};
