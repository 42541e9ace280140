import { speechMessages, toolbarMessages } from '@yinfa/core';
import { textOnlyContent } from '@yinfa/dom';
import { useCallback, useRef } from 'react';
import { DialogContent, DialogRoot } from '../dialog/Dialog';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';

export interface TextOnlyViewProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The page's main content. */
  getRoot: () => Element | null;
  isOwnUi: (el: Element) => boolean;
  /** Where the dialog renders (default document.body). */
  container?: HTMLElement | null;
}

// The words the linearised content uses: the toolbar's (图片：…, 没有可显示的文字) and reading's (已选中, 已填写…).
const words = {
  'zh-CN': { ...toolbarMessages['zh-CN'], ...speechMessages['zh-CN'] },
  'en-US': { ...toolbarMessages['en-US'], ...speechMessages['en-US'] },
};

/**
 * 纯文本: the page's main content linearised in the reading order — headings, paragraphs, lists, table rows,
 * fields as "label：value" — images replaced by their alt text, in large type, in a dialog (Esc or 关闭
 * closes it and focus goes back to where it was). The page itself is not changed. The content is
 * @yinfa/dom's `textOnlyContent`, the same the toolbar's own 纯文本 view shows (one implementation); this
 * component puts it in @yinfa/react's Dialog for React pages that open it themselves.
 */
export function TextOnlyView({ open, onOpenChange, getRoot, isOwnUi, container }: TextOnlyViewProps) {
  // Focus goes back where it was (the 纯文本 button, or the page when a shortcut opened it).
  const returnTo = useRef<HTMLElement | null>(null);
  if (open && !returnTo.current && typeof document !== 'undefined') returnTo.current = document.activeElement as HTMLElement | null;
  const t = useCatalogue(words);
  const { locale } = useYinfa();
  // Filled when the dialog's body mounts (each time it opens): React renders nothing inside it.
  const fill = useCallback(
    (el: HTMLDivElement | null) => {
      if (el) el.replaceChildren(...textOnlyContent(el.ownerDocument, getRoot(), isOwnUi, locale, t));
    },
    [getRoot, isOwnUi, locale, t],
  );

  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogContent
        container={container}
        title={t('toolbar.textOnlyTitle')}
        description={t('toolbar.textOnlyHint')}
        size="large"
        className="yf-text-only"
        data-yinfa-toolbar-ui=""
        onCloseAutoFocus={(event) => {
          const el = returnTo.current;
          returnTo.current = null;
          if (el?.isConnected && el !== document.body) {
            event.preventDefault();
            el.focus();
          }
        }}
      >
        <div ref={fill} />
      </DialogContent>
    </DialogRoot>
  );
}
