import { Children, Fragment, isValidElement, type ReactNode } from 'react';

/**
 * The children as a flat list, fragments opened: `<>…</>` (or an array) of tiles counts and lays out as its
 * tiles, not as one item. React's `Children.toArray` keeps a fragment as a single child.
 */
export function flattenChildren(children: ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  for (const child of Children.toArray(children)) {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment) out.push(...flattenChildren(child.props.children));
    else out.push(child);
  }
  return out;
}
