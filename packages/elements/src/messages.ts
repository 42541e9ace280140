/** The elements' own words: the in-place note for a configuration problem, and loading. */
export const elementMessages = {
  'zh-CN': {
    'elements.problem': '这部分内容暂时无法显示。页面的其他部分可以正常使用。',
    'elements.loading': '正在加载…',
    'elements.loadFailed': '内容没有加载出来。请检查网络后刷新页面。',
  },
  'en-US': {
    'elements.problem': 'This part of the page can’t be shown right now. The rest of the page still works.',
    'elements.loading': 'Loading…',
    'elements.loadFailed': 'The content didn’t load. Check your connection and reload the page.',
  },
} as const;

export type ElementMessageKey = keyof (typeof elementMessages)['zh-CN'];
