import type { Translate } from '@yinfa/core';
import { MessageWithPart } from '@yinfa/react';
import { createContext, useContext, type ReactNode } from 'react';

/**
 * The language the meal points' own text is written in (names, addresses, menus, operators): a city's data is
 * Chinese whatever language the page is read in. Marking it with `lang` lets a screen reader switch to a Chinese
 * voice in an English page instead of spelling the characters out (WCAG 3.1.2 Language of parts).
 */
export const MealDataLangContext = createContext('zh-CN');

/** Text from the data, in its own language. */
export function DataText({ children }: { children: ReactNode }) {
  return <span lang={useContext(MealDataLangContext)}>{children}</span>;
}

/**
 * A message with a piece of data in it (`查看详情：{name}`, `Details: {name}`): the words in the page's language,
 * the data in its own. Values other than the data's are filled as usual.
 */
export function DataMessage({ t, id, name, data, values }: { t: Translate; id: string; name: string; data: string; values?: Record<string, string | number> }) {
  return <MessageWithPart t={t} id={id} name={name} part={data} lang={useContext(MealDataLangContext)} values={values} />;
}

/** The same for nodes built outside React (the map's markers): `text` into `parent`, the `data` in it marked. */
export function appendDataText(parent: HTMLElement, text: string, data: string, lang: string): void {
  const at = data ? text.indexOf(data) : -1;
  if (at < 0) {
    parent.append(text);
    return;
  }
  const span = parent.ownerDocument.createElement('span');
  span.lang = lang;
  span.textContent = data;
  parent.append(text.slice(0, at), span, text.slice(at + data.length));
}
