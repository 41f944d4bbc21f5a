import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'editorcore.offline': '离线 — 已保存在此设备上',
  'editorcore.restore.question': '要恢复 {time} 保存在此设备上的副本吗？',
  'editorcore.restore.restore': '恢复',
  'editorcore.restore.discard': '舍弃',
};
