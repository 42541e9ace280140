/**
 * Every check's MIIT 适老化 clause, WCAG 2.2 success criterion, level and the words the reports use.
 * Clause names follow the MIIT notice 工信厅信管函〔2021〕67号: APP = Annex 2 《移动互联网应用（APP）适老化通用设计规范》,
 * 网站 = Annex 1 《互联网网站适老化通用设计规范》 (Annex 1 has no clause numbers we could confirm: named by topic).
 */
import type { CheckId } from './checks/types';

/** `veto`: MIIT veto-style items; `error`: a measured bar missed; `review`: a heuristic — needs a person to check. */
export type Level = 'review' | 'error' | 'veto';

export const LEVEL_ORDER: Record<Level, number> = { review: 0, error: 1, veto: 2 };

export interface CheckInfo {
  clause: string;
  wcag: string | null;
  level: Level;
  name: { 'zh-CN': string; 'en-US': string };
  fix: { 'zh-CN': string; 'en-US': string };
}

export const CHECKS: Record<CheckId, CheckInfo> = {
  'text-size': {
    clause: 'APP 1.1 字型大小调整',
    wcag: null,
    level: 'error',
    name: { 'zh-CN': '文字大小', 'en-US': 'Text size' },
    fix: { 'zh-CN': '正文用 rem 设字号；长辈模式正文不小于 18px（Yinfa 用 20px），输入框文字和提示文字同样。', 'en-US': 'Size text in rem; elder-mode body text at least 18px (Yinfa uses 20px), input text and placeholders too.' },
  },
  'line-height': {
    clause: 'APP 1.2 行间距',
    wcag: '1.4.8',
    level: 'error',
    name: { 'zh-CN': '行距与段距', 'en-US': 'Line and paragraph spacing' },
    fix: { 'zh-CN': '段落行高至少 1.3 倍字号（建议 1.5），段落之间至少 1.3 倍行高。', 'en-US': 'Line height at least 1.3 × the font size (1.5 recommended); paragraphs at least 1.3 × the line height apart.' },
  },
  contrast: {
    clause: 'APP 1.3 对比度',
    wcag: '1.4.3',
    level: 'error',
    name: { 'zh-CN': '文字对比度', 'en-US': 'Text contrast' },
    fix: { 'zh-CN': '加深文字颜色或背景，正文至少 4.5:1（长辈与高对比模式 7:1），大字至少 3:1。', 'en-US': 'Darken the text or the background: body text 4.5:1 (7:1 in elder and high-contrast modes), large text 3:1.' },
  },
  'target-size': {
    clause: 'APP 2.1 组件焦点大小',
    wcag: '2.5.5',
    level: 'error',
    name: { 'zh-CN': '点击区域大小', 'en-US': 'Target size' },
    fix: { 'zh-CN': '按钮、链接、选项的可点区域至少 44×44px，长辈模式 60×60px（可用 min-block-size 和内边距）。', 'en-US': 'Make buttons, links and options at least 44×44px, 60×60px in elder mode (min-block-size and padding).' },
  },
  'focus-visible': {
    clause: '网站规范 · 焦点状态',
    wcag: '2.4.7',
    level: 'error',
    name: { 'zh-CN': '焦点可见', 'en-US': 'Focus visible' },
    fix: { 'zh-CN': '不要去掉 outline；用 :focus-visible 画至少 2px、对比度 3:1 的焦点框。', 'en-US': 'Do not remove the outline; draw a focus ring of at least 2px at 3:1 contrast with :focus-visible.' },
  },
  'focus-obscured': {
    clause: '网站规范 · 焦点状态',
    wcag: '2.4.11',
    level: 'error',
    name: { 'zh-CN': '焦点被遮挡', 'en-US': 'Focus not obscured' },
    fix: { 'zh-CN': '固定的页头、底栏或工具条不能盖住获得焦点的元素：给页面加 scroll-padding，与固定栏等高。', 'en-US': 'Fixed headers, bottom bars and toolbars must not cover the focused element: add scroll-padding as tall as the bar.' },
  },
  keyboard: {
    clause: '网站规范 · 操作方式（全程键盘）',
    wcag: '2.1.1',
    level: 'error',
    name: { 'zh-CN': '键盘操作', 'en-US': 'Keyboard' },
    fix: { 'zh-CN': '每个可操作元素都能用 Tab 键到达，焦点不会被困住，顺序与页面布局一致（不要用正数 tabindex）。', 'en-US': 'Every control is reachable with Tab, focus never gets stuck, and the order follows the layout (no positive tabindex).' },
  },
  reflow: {
    clause: '网站规范 · 页面缩放与大字屏幕',
    wcag: '1.4.10',
    level: 'error',
    name: { 'zh-CN': '放大与重排', 'en-US': 'Enlarged text and reflow' },
    fix: { 'zh-CN': '在 320px 宽和 200% 文字下不横向滚动、不裁掉文字、文字不互相压住：用弹性布局换行，去掉固定高度和 overflow:hidden。', 'en-US': 'At 320px wide and 200% text: no sideways scroll, no clipped or overlapping text. Let layouts wrap; drop fixed heights and overflow:hidden.' },
  },
  'text-spacing': {
    clause: 'APP 1.2 行间距',
    wcag: '1.4.12',
    level: 'error',
    name: { 'zh-CN': '文字间距', 'en-US': 'Text spacing' },
    fix: { 'zh-CN': '用户把行高设为 1.5、段距 2 倍、字距 0.12em、词距 0.16em 后内容不丢失：容器不要固定高度。', 'en-US': 'Nothing is lost when users set line height 1.5, paragraph spacing 2, letter 0.12em, word 0.16em: no fixed-height boxes.' },
  },
  enlargement: {
    clause: '网站规范 · 页面缩放与大字屏幕（不依赖浏览器）',
    wcag: '1.4.4',
    level: 'review',
    name: { 'zh-CN': '页面自带放大', 'en-US': 'Enlargement without the browser' },
    fix: { 'zh-CN': '在页面上提供自己的放大或大字控件（例如 Yinfa 工具条），不要只依赖浏览器缩放。', 'en-US': 'Offer your own enlarge or large-text control (such as the Yinfa toolbar), not only browser zoom.' },
  },
  popup: {
    clause: 'APP 2.4 浮窗；APP 5.1.1 / 网站规范 · 广告',
    wcag: null,
    level: 'veto',
    name: { 'zh-CN': '弹窗与浮窗', 'en-US': 'Pop-ups and floating windows' },
    fix: { 'zh-CN': '浮窗要有始终可见、至少 44×44px 的关闭按钮；长辈页面不放广告和营销弹窗。', 'en-US': 'Floating windows need a permanent close button of at least 44×44px; no adverts or promotions on elder pages.' },
  },
  autoplay: {
    clause: '网站规范 · 语音阅读（有开关）',
    wcag: '1.4.2',
    level: 'veto',
    name: { 'zh-CN': '自动播放', 'en-US': 'Autoplay' },
    fix: { 'zh-CN': '声音、视频和朗读只在用户点按后开始，并且随时可以停止。', 'en-US': 'Sound, video and read-aloud start only on a tap, and can always be stopped.' },
  },
  motion: {
    clause: 'APP 2.3 充足操作时间',
    wcag: '2.2.2',
    level: 'review',
    name: { 'zh-CN': '动效', 'en-US': 'Motion' },
    fix: { 'zh-CN': '超过 5 秒的滚动、轮播和动画要能暂停，并遵从 prefers-reduced-motion。', 'en-US': 'Scrolling, carousels and animations over 5 s need a pause and must follow prefers-reduced-motion.' },
  },
  captcha: {
    clause: 'APP 1.5 验证码；网站规范 · 验证码',
    wcag: '1.1.1',
    level: 'review',
    name: { 'zh-CN': '验证码', 'en-US': 'CAPTCHA' },
    fix: { 'zh-CN': '图形、拼图、滑块验证码之外，至少提供一种不靠视觉的方式（语音或短信验证码），并可放大 2 倍。', 'en-US': 'Beside picture, puzzle and slider CAPTCHAs offer one that does not rely on sight (voice or SMS code), and 2× magnification.' },
  },
  axe: {
    clause: 'APP 4.1 辅助技术',
    wcag: null,
    level: 'error',
    name: { 'zh-CN': 'axe-core WCAG 2.2 A/AA', 'en-US': 'axe-core WCAG 2.2 A/AA' },
    fix: { 'zh-CN': '按 axe 规则说明修复（链接见报告）。', 'en-US': 'Fix as the axe rule explains (link in the report).' },
  },
};
