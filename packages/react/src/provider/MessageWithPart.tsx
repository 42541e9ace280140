import type { Translate } from '@yinfa/core';

/** A private-use character that cannot occur in a message: where the part in another language goes. */
const SLOT = '\uE000';

export interface MessageWithPartProps {
  /** The translate function of the surrounding component (`useTranslate()`). */
  t: Translate;
  /** Message id, for example `amount.uppercase` (`大写：{text}` / `In Chinese capitals: {text}`). */
  id: string;
  /** The placeholder the part fills, for example `text`. */
  name: string;
  /** The part itself: Chinese capitals, a place name from the data… */
  part: string;
  /** The part's own language (BCP 47). */
  lang: string;
  /** Other values of the message, filled as usual. */
  values?: Record<string, string | number>;
}

/**
 * A message with a part written in another language (`In Chinese capitals: 壹万元整`): the words in the page's
 * language, the part in a `lang` span, so a screen reader switches voice instead of spelling the characters out
 * (WCAG 3.1.2 Language of parts). A message without the placeholder shows the part after it.
 */
export function MessageWithPart({ t, id, name, part, lang, values }: MessageWithPartProps) {
  const message = t(id, { ...values, [name]: SLOT });
  const at = message.indexOf(SLOT);
  const before = at < 0 ? `${message} ` : message.slice(0, at);
  const after = at < 0 ? '' : message.slice(at + SLOT.length).split(SLOT).join('');
  return (
    <>
      {before}
      <span lang={lang}>{part}</span>
      {after}
    </>
  );
}
