import { defineCatalogue } from '@yinfa/core';

/** TaskGrid's own words. zh-CN first; en-US complete. Read with useCatalogue(taskGridMessages). */
export const taskGridMessages = defineCatalogue({
  'zh-CN': {
    'taskGrid.label': '常用服务',
    'taskGrid.hint': '可以用方向键在各项之间移动。',
  },
  'en-US': {
    'taskGrid.label': 'Common tasks',
    'taskGrid.hint': 'Use the arrow keys to move between the tasks.',
  },
});
