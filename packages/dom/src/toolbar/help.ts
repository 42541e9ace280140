import { TOOLBAR_ACTIONS, createCatalogueTranslator, describeShortcut, toolbarHelpMessages, type Locale, type ToolbarAction, type Translate } from '@yinfa/core';
import { h } from './ui';

/** Each control's name (the words on it, from the bar's catalogue) and what it does, in the bar's order. */
const CONTROLS: ReadonlyArray<readonly [names: readonly string[], help: string]> = [
  [['toolbar.textLarger', 'toolbar.textSmaller'], 'toolbar.help.text'],
  [['toolbar.scheme'], 'toolbar.help.scheme'],
  [['toolbar.guide'], 'toolbar.help.guide'],
  [['toolbar.cursor'], 'toolbar.help.cursor'],
  [['toolbar.textOnly'], 'toolbar.help.textOnly'],
  [['toolbar.read'], 'toolbar.help.read'],
  [['toolbar.pointRead'], 'toolbar.help.pointRead'],
  [['toolbar.caption'], 'toolbar.help.caption'],
  [['toolbar.rate'], 'toolbar.help.rate'],
  [['toolbar.volume'], 'toolbar.help.volume'],
  [['toolbar.sound'], 'toolbar.help.sound'],
  [['toolbar.reset'], 'toolbar.help.reset'],
  [['toolbar.more'], 'toolbar.help.more'],
  [['toolbar.collapse'], 'toolbar.help.collapse'],
];

export interface HelpView {
  title: string;
  description: string;
  content: HTMLElement;
}

/**
 * 帮助: what every control and every shortcut does, in large type, in the bar's language. The names are
 * the controls' own words (`t`, the bar's translator), so the help says what the user sees on the buttons.
 * On a phone there is no 收起 or 更多 button, so their lines are left out. Loaded when help is first opened
 * (./help-loader.ts): the script-tag toolbar keeps these words out of its first load.
 */
export function helpView(doc: Document, locale: Locale, t: Translate<string>, shortcuts: Partial<Record<ToolbarAction, string>>, options: { mac: boolean; narrow: boolean }): HelpView {
  const words = createCatalogueTranslator(locale, toolbarHelpMessages);
  const controls = h(doc, 'dl', { class: 'yf-toolbar-help__list' });
  for (const [names, help] of CONTROLS) {
    if (options.narrow && (help === 'toolbar.help.collapse' || help === 'toolbar.help.more')) continue;
    controls.append(h(doc, 'div', {}, h(doc, 'dt', {}, names.map((n) => t(n)).join(' / ')), h(doc, 'dd', {}, words(help as never))));
  }
  const keys = h(doc, 'dl', { class: 'yf-toolbar-keys' });
  for (const action of TOOLBAR_ACTIONS) {
    const chord = shortcuts[action];
    if (chord) keys.append(h(doc, 'div', { class: 'yf-toolbar-keys__row' }, h(doc, 'dt', {}, h(doc, 'kbd', {}, describeShortcut(chord, options.mac))), h(doc, 'dd', {}, words(`toolbar.action.${action}`))));
  }
  const hasKeys = keys.childElementCount > 0;
  const content = h(
    doc,
    'div',
    { class: 'yf-toolbar-help' },
    h(doc, 'h3', {}, words('toolbar.helpControls')),
    controls,
    h(doc, 'h3', {}, words('toolbar.helpKeys')),
    h(doc, 'p', {}, hasKeys ? words('toolbar.keysIntro') : words('toolbar.keysNone')),
    ...(hasKeys ? [keys] : []),
  );
  return { title: words('toolbar.helpTitle'), description: words('toolbar.helpIntro'), content };
}
