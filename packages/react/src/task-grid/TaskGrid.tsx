import { devWarn } from '@yinfa/core';
import { forwardRef, useCallback, useId, useRef, type ButtonHTMLAttributes, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { useCatalogue } from '../provider/useCatalogue';
import { flattenChildren } from '../utils/children';
import { cx } from '../utils/cx';
import { isGridKey, nextTileIndex } from './gridKeys';
import { taskGridMessages } from './messages';

export interface TaskGridProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  children?: ReactNode;
  /** The group's name for screen readers (default 常用服务 / Common tasks). */
  label?: string;
  /** A visible heading id that names the grid instead of `label`. */
  labelledBy?: string;
}

const TILE_SELECTOR = '.yf-task-tile';

/**
 * 4–8 large task tiles (大字版首页): icon and words, each a link or a button, in a list that reflows
 * from several columns to one (320px, 200% text). Tab reaches every tile; the arrow keys, Home and End
 * move between them following the tiles' real positions.
 */
export const TaskGrid = forwardRef<HTMLUListElement, TaskGridProps>(function TaskGrid({ children, label, labelledBy, className, onKeyDown: hostKeyDown, ...rest }, ref) {
  const t = useCatalogue(taskGridMessages);
  const hintId = useId();
  const own = useRef<HTMLUListElement | null>(null);
  // Fragments opened: tiles passed as <>…</> are tiles, each in its own grid cell.
  const tiles = flattenChildren(children);
  const count = tiles.length;
  if (count < 4 || count > 8) devWarn(`TaskGrid: ${count} tiles; a simplified home works best with 4 to 8. Move the rest to a "更多服务" page.`);

  const setRef = useCallback(
    (node: HTMLUListElement | null) => {
      own.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    hostKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (!isGridKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const tiles = [...(own.current?.querySelectorAll<HTMLElement>(TILE_SELECTOR) ?? [])];
    const current = tiles.findIndex((tile) => tile === document.activeElement);
    if (current < 0) return;
    const next = nextTileIndex(
      tiles.map((tile) => tile.getBoundingClientRect()),
      current,
      event.key,
    );
    event.preventDefault();
    tiles[next]?.focus();
  };

  return (
    <>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys pressed on the tiles (links, buttons) bubble here */}
      <ul
        {...rest}
        ref={setRef}
        className={cx('yf-task-grid', className)}
        aria-label={labelledBy ? undefined : (label ?? t('taskGrid.label'))}
        aria-labelledby={labelledBy}
        aria-describedby={cx(rest['aria-describedby'], hintId)}
        onKeyDown={onKeyDown}
      >
        {tiles.map((child, i) => (
          <li key={i} className="yf-task-grid__item">
            {child}
          </li>
        ))}
      </ul>
      <span id={hintId} hidden>
        {t('taskGrid.hint')}
      </span>
    </>
  );
});

interface TileBaseProps {
  /** A decorative icon shown above the words (hidden from screen readers: the words say it). */
  icon?: ReactNode;
  /** The task's words: 查余额, 转账… */
  children: ReactNode;
  /** One short line under the words. */
  description?: ReactNode;
  /** Short badge text (新, 3 条待办): always words, never a coloured dot alone. */
  badge?: ReactNode;
  className?: string;
}

export type TaskTileProps = TileBaseProps &
  (
    | ({ href: string } & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'children' | 'className'>)
    | ({ href?: undefined } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'className'>)
  );

/** One tile: a link when it has `href`, otherwise a button. */
export function TaskTile(props: TaskTileProps) {
  const { icon, children, description, badge, className, ...rest } = props;
  const inner = (
    <>
      {icon ? (
        <span className="yf-task-tile__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="yf-task-tile__label">{children}</span>
      {description ? <span className="yf-task-tile__description">{description}</span> : null}
      {badge !== undefined && badge !== null && badge !== '' ? <span className="yf-task-tile__badge">{badge}</span> : null}
    </>
  );
  const classes = cx('yf-task-tile', 'yf-focus-ring', className);
  if (typeof rest.href === 'string') {
    return (
      <a {...(rest as React.AnchorHTMLAttributes<HTMLAnchorElement>)} className={classes}>
        {inner}
      </a>
    );
  }
  const buttonProps = rest as ButtonHTMLAttributes<HTMLButtonElement>;
  return (
    <button type="button" {...buttonProps} className={classes}>
      {inner}
    </button>
  );
}
