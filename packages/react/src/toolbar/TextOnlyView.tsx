import { Fragment, useMemo, useRef, type ReactNode } from 'react';
import { DialogContent, DialogRoot } from '../dialog/Dialog';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { collectReadable, type ReadableItem } from '@yinfa/dom';
import { speechMessages } from '../speech/messages';
import { toolbarMessages } from './messages';

export interface TextOnlyViewProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The page's main content. */
  getRoot: () => Element | null;
  isOwnUi: (el: Element) => boolean;
  /** Where the dialog renders (default document.body). */
  container?: HTMLElement | null;
}

type Block =
  | { kind: 'heading'; level: number; text: ReactNode }
  | { kind: 'para'; text: ReactNode }
  | { kind: 'list'; items: ReactNode[] }
  | { kind: 'row'; cells: string[]; header: boolean };

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An item's words; alt text of its images marked as pictures ("图片：…") so nobody mistakes it for page text. */
function wordsOf(item: ReadableItem, picture: (alt: string) => string): ReactNode {
  const alts = new Set(
    [...(item.element.tagName === 'IMG' ? [item.element] : item.element.querySelectorAll('img, [role="img"]'))].map((img) => clean(img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '')),
  );
  return item.parts.map((part, i) =>
    !part.node && alts.has(clean(part.text)) ? (
      <span key={i} className="yf-text-only__image">
        {` [${picture(clean(part.text))}] `}
      </span>
    ) : (
      <Fragment key={i}>{part.text}</Fragment>
    ),
  );
}

/**
 * 纯文本: the page's main content linearised in the speech package's reading order — headings,
 * paragraphs, lists, table rows, fields as "label：value" — images replaced by their alt text, in large
 * type, in a dialog (Esc or 关闭 closes it and focus goes back to the button that opened it). The page
 * itself is not changed.
 */
export function TextOnlyView({ open, onOpenChange, getRoot, isOwnUi, container }: TextOnlyViewProps) {
  // Focus goes back where it was (the 纯文本 button, or the page when a shortcut opened it).
  const returnTo = useRef<HTMLElement | null>(null);
  if (open && !returnTo.current && typeof document !== 'undefined') returnTo.current = document.activeElement as HTMLElement | null;
  const t = useCatalogue(toolbarMessages);
  const speechT = useCatalogue(speechMessages);
  const { locale } = useYinfa();

  const blocks = useMemo<Block[]>(() => {
    if (!open) return [];
    const picture = (alt: string) => t('toolbar.image', { alt });
    const out: Block[] = [];
    let lastRow: Element | null = null;
    for (const item of collectReadable(getRoot(), locale, speechT)) {
      const el = item.element;
      if (isOwnUi(el)) continue;
      const tag = el.tagName;
      if (/^H[1-6]$/.test(tag)) out.push({ kind: 'heading', level: Math.min(6, Number(tag[1]) + 1), text: wordsOf(item, picture) });
      else if (tag === 'LI') {
        const last = out[out.length - 1];
        if (last?.kind === 'list') last.items.push(wordsOf(item, picture));
        else out.push({ kind: 'list', items: [wordsOf(item, picture)] });
      } else if (tag === 'TD' || tag === 'TH') {
        const row = el.parentElement;
        const text = clean(item.parts.map((p) => p.text).join(''));
        const last = out[out.length - 1];
        if (row && row === lastRow && last?.kind === 'row') last.cells.push(text);
        else out.push({ kind: 'row', cells: [text], header: row?.parentElement?.tagName === 'THEAD' });
        lastRow = row;
      } else out.push({ kind: 'para', text: wordsOf(item, picture) });
    }
    return out;
  }, [open, getRoot, isOwnUi, locale, speechT, t]);

  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogContent
        container={container}
        title={t('toolbar.textOnlyTitle')} description={t('toolbar.textOnlyHint')} size="large" className="yf-text-only"
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
        {blocks.length === 0 ? <p>{t('toolbar.textOnlyEmpty')}</p> : null}
        <div className="yf-text-only__body">
          {blocks.map((b, i) => {
            if (b.kind === 'heading') {
              const H = `h${b.level}` as 'h3';
              return <H key={i} className="yf-text-only__heading">{b.text}</H>;
            }
            if (b.kind === 'list')
              return (
                <ul key={i}>
                  {b.items.map((it, j) => (
                    <li key={j}>{it}</li>
                  ))}
                </ul>
              );
            if (b.kind === 'row') return <p key={i} className="yf-text-only__row" data-header={b.header ? '' : undefined}>{b.cells.join(' ｜ ')}</p>;
            return <p key={i}>{b.text}</p>;
          })}
        </div>
      </DialogContent>
    </DialogRoot>
  );
}
