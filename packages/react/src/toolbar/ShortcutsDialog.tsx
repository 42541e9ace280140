import { describeShortcut, TOOLBAR_ACTIONS, type ToolbarAction } from '@yinfa/core';
import { DialogContent, DialogRoot } from '../dialog/Dialog';
import { useCatalogue } from '../provider/useCatalogue';
import { toolbarMessages } from './messages';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface ShortcutsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  shortcuts: Partial<Record<ToolbarAction, string>>;
  /** The toolbar's own scope, so the page's CSS is kept off the dialog too. */
  container: HTMLElement | null;
}

/** 快捷键: every chord in force, as the user's keyboard names it (⌥ on a Mac, Alt elsewhere); or that there are none. */
export function ShortcutsDialog({ open, onOpenChange, shortcuts, container }: ShortcutsDialogProps) {
  const t = useCatalogue(toolbarMessages);
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogContent container={container} title={t('toolbar.keysTitle')} description={Object.keys(shortcuts).length ? t('toolbar.keysIntro') : t('toolbar.keysNone')} data-yinfa-toolbar-ui="">
        <dl className="yf-toolbar-keys">
          {TOOLBAR_ACTIONS.filter((a) => shortcuts[a]).map((a) => (
            <div key={a} className="yf-toolbar-keys__row">
              <dt>
                <kbd>{describeShortcut(shortcuts[a]!, isMac())}</kbd>
              </dt>
              <dd>{t(`toolbar.action.${a}`)}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </DialogRoot>
  );
}
