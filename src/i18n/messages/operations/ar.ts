import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'operations.requestId': 'مرجع هذا الطلب، إن أبلغت عن المشكلة: {id}',
};
