import { describe, expect, it } from 'vitest';
import { flattenChildren } from './children';

describe('flattenChildren', () => {
  it('opens fragments, nested ones too, and drops null, false and undefined', () => {
    const list = flattenChildren(
      <>
        <i>a</i>
        {null}
        <>
          <i>b</i>
          {false}
          <>
            <i>c</i>
          </>
        </>
        {[<i key="d">d</i>, undefined]}
      </>,
    );
    expect(list.map((c) => (c as { props: { children: string } }).props.children)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps plain elements and text as they are', () => {
    expect(flattenChildren(['x', <b key="y">y</b>])).toHaveLength(2);
    expect(flattenChildren(null)).toEqual([]);
  });
});
