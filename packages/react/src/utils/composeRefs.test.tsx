import { render } from '@testing-library/react';
import { createRef, forwardRef, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { composeRefs, useComposedRefs } from './composeRefs';

describe('composeRefs', () => {
  it('feeds object and callback refs, skipping empty ones', () => {
    const object = createRef<HTMLDivElement>();
    const callback = vi.fn();
    const node = document.createElement('div');
    composeRefs(object, callback, undefined, null)(node);
    expect(object.current).toBe(node);
    expect(callback).toHaveBeenCalledWith(node);
  });
  it('useComposedRefs gives a forwarded ref and the component’s own ref the same element', () => {
    let own: HTMLDivElement | null = null;
    const Box = forwardRef<HTMLDivElement>(function Box(_props, ref) {
      const mine = useRef<HTMLDivElement>(null);
      const composed = useComposedRefs(mine, ref);
      return (
        <div
          ref={(node) => {
            composed(node);
            own = mine.current;
          }}
        />
      );
    });
    const outer = createRef<HTMLDivElement>();
    const { container } = render(<Box ref={outer} />);
    expect(outer.current).toBe(container.firstElementChild);
    expect(own).toBe(container.firstElementChild);
  });
});
