import type { Decorator, Preview } from '@storybook/react-vite';
import { YinfaProvider, type YinfaMode } from '@yinfa/react';
import { LIANYUNGANG, type Locale } from '@yinfa/core';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import './preview.css';

/**
 * Every story renders inside a provider driven by the toolbar: mode, locale and text scale. The region is the
 * pilot city's, which the sample data (fictional Lianyungang meal points, 0518 numbers) belongs to.
 */
const withYinfa: Decorator = (Story, context) => {
  const { mode, locale, textScale } = context.globals as { mode?: YinfaMode; locale?: Locale; textScale?: string };
  return (
    <YinfaProvider mode={mode ?? 'standard'} locale={locale ?? 'zh-CN'} textScale={Number(textScale ?? 1)} region={LIANYUNGANG} className="sb-yinfa-root">
      <Story />
    </YinfaProvider>
  );
};

/**
 * Story text follows the locale toolbar. A story's args are written in zh-CN; `parameters.localeArgs['en-US']`
 * holds the same args in English, used when the locale is en-US — except an arg the designer has changed in the
 * Controls panel (it differs from its initial value), which is kept as typed. Demo components with text of their
 * own read the locale with `useLocale()` instead. The mode audit checks every en-US render for Chinese text
 * outside a `lang="zh…"` element (test/browser/audit-language.ts).
 */
const withLocaleArgs: Decorator = (Story, context) => {
  const { locale } = context.globals as { locale?: Locale };
  const translated = (context.parameters.localeArgs as Partial<Record<Locale, Record<string, unknown>>> | undefined)?.[locale ?? 'zh-CN'];
  if (!translated) return <Story />;
  const args: Record<string, unknown> = { ...context.args };
  for (const [key, value] of Object.entries(translated)) {
    if (Object.is(context.args[key], context.initialArgs[key])) args[key] = value;
  }
  return <Story args={args} />;
};

const preview: Preview = {
  // The last decorator is the outermost: the provider wraps the translated story.
  decorators: [withLocaleArgs, withYinfa],
  globalTypes: {
    mode: {
      description: '显示模式 / Mode',
      toolbar: {
        title: 'Mode',
        icon: 'contrast',
        items: [
          { value: 'standard', title: '标准 Standard' },
          { value: 'elder', title: '长辈模式 Elder' },
          { value: 'high-contrast', title: '高对比 High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: '语言 / Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'en-US', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    textScale: {
      description: '文字大小 / Text scale',
      toolbar: {
        title: 'Text',
        icon: 'zoom',
        items: [
          { value: '1', title: '100%' },
          { value: '1.25', title: '125%' },
          { value: '1.5', title: '150%' },
          { value: '2', title: '200%' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { mode: 'standard', locale: 'zh-CN', textScale: '1' },
  parameters: {
    // Any axe violation fails the story's test (unset, violations only warn).
    a11y: { test: 'error' },
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Designers' and teams' pages first: what Yinfa is, how to adopt it (docs/*.md), the foundations, then components.
    options: {
      storySort: {
        order: [
          'Introduction',
          ['Yinfa 银发', 'Brand theme'],
          'Guides',
          ['Getting started', 'Elder mode from the host app', 'Themes and other component libraries', 'Elements (script tag)', 'Toolbar', 'Audit your own pages', 'Contributing'],
          'Foundations',
          ['Colours', 'Type', 'Spacing', 'Targets and focus'],
          'Controls',
          'Forms',
          'Feedback',
          'Layout',
          'Overlays',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
