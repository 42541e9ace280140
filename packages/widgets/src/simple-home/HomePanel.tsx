import { Button, Stack, useLocale } from '@yinfa/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * Stories only: the part of a simplified home that opens under the tiles. Focus moves to its heading
 * when it opens; the back button returns to the first tile.
 */
function HomePanel({ title, onBack, backLabel, children }: { title: string; onBack: () => void; backLabel: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack as="section" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <div>
        <Button variant="secondary" onClick={onBack}>
          {backLabel}
        </Button>
      </div>
    </Stack>
  );
}

/** Which task is open on a story home, the grid's ref, and `panel(task, title, body)` to render the open one. */
export function useHomeTasks<T extends string>(initial: T | null) {
  const [locale] = useLocale();
  const en = locale === 'en-US';
  const [open, setOpen] = useState<T | null>(initial);
  const grid = useRef<HTMLUListElement>(null);
  const back = () => {
    setOpen(null);
    setTimeout(() => grid.current?.querySelector<HTMLElement>('.yf-task-tile')?.focus(), 0);
  };
  const panel = (task: T, title: string, body: ReactNode) =>
    open === task ? (
      <HomePanel title={title} onBack={back} backLabel={en ? 'Back to home' : '返回首页'}>
        {body}
      </HomePanel>
    ) : null;
  return { en, open, setOpen, grid, back, panel };
}
