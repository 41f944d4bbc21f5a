import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {};
