import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'faults.unavailable.title': '暂时无法使用',
  'faults.unavailable.body': '服务暂时无法使用，请稍后再试。',
  'faults.storageFull.title': '存储空间已满',
  'faults.storageFull.body': '服务器的存储空间已用完，因此没有保存任何内容。阅读仍然正常；请稍后再试。',
};
