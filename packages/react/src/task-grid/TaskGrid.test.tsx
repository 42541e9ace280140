import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider/YinfaProvider';
import { nextTileIndex, type TileBox } from './gridKeys';
import { TaskGrid, TaskTile } from './TaskGrid';

/** n tiles of 100×100 laid out in `cols` columns. */
const layout = (n: number, cols: number): TileBox[] =>
  Array.from({ length: n }, (_, i) => ({
    left: (i % cols) * 110,
    top: Math.floor(i / cols) * 110,
    width: 100,
    height: 100,
  }));

describe('nextTileIndex', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 5, 5],
    ['ArrowLeft', 0, 0],
    ['ArrowLeft', 3, 2],
    ['ArrowDown', 1, 4],
    ['ArrowDown', 4, 4],
    ['ArrowUp', 4, 1],
    ['ArrowUp', 2, 2],
    ['Home', 4, 0],
    ['End', 1, 5],
  ] as const)('3 columns: %s from %i → %i', (key, from, to) => {
    expect(nextTileIndex(layout(6, 3), from, key)).toBe(to);
  });

  it('one column (320px, 200% text): Down is the next tile', () => {
    expect(nextTileIndex(layout(4, 1), 1, 'ArrowDown')).toBe(2);
    expect(nextTileIndex(layout(4, 1), 1, 'ArrowUp')).toBe(0);
  });

  it('a short last row: Down from a column with nothing below goes to the nearest tile below', () => {
    expect(nextTileIndex(layout(5, 3), 2, 'ArrowDown')).toBe(4);
  });

  it('odd input does not throw', () => {
    expect(nextTileIndex([], 0, 'ArrowDown')).toBe(0);
    expect(nextTileIndex(layout(3, 3), 9, 'End')).toBe(9);
  });
});

describe('TaskGrid', () => {
  it('renders links and buttons with their badge text in the name, icons hidden', () => {
    const onClick = vi.fn();
    render(
      <YinfaProvider>
        <TaskGrid>
          <TaskTile href="#a" icon={<svg data-testid="icon" />}>
            查余额
          </TaskTile>
          <TaskTile onClick={onClick} badge="新">
            助餐点
          </TaskTile>
          <TaskTile href="#c">缴费</TaskTile>
          <TaskTile href="#d">防骗</TaskTile>
        </TaskGrid>
      </YinfaProvider>,
    );
    expect(screen.getByRole('list', { name: '常用服务' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查余额' })).toHaveAttribute('href', '#a');
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    fireEvent.click(screen.getByRole('button', { name: /助餐点\s*新/ }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('tiles passed in a fragment are one grid cell each, and count as tiles (no 4–8 warning for four)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <YinfaProvider>
        <TaskGrid label="便民服务">
          <>
            <TaskTile href="#a">甲</TaskTile>
            <TaskTile href="#b">乙</TaskTile>
            <TaskTile href="#c">丙</TaskTile>
            <TaskTile href="#d">丁</TaskTile>
          </>
        </TaskGrid>
      </YinfaProvider>,
    );
    const items = screen.getByRole('list', { name: '便民服务' }).querySelectorAll(':scope > li');
    expect(items).toHaveLength(4);
    items.forEach((li) => expect(li.querySelectorAll('a')).toHaveLength(1));
    expect(warn.mock.calls.filter(([m]) => String(m).includes('TaskGrid'))).toEqual([]);
    warn.mockRestore();
  });

  it('warns outside 4–8 tiles but still renders', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <TaskGrid label="少">
        <TaskTile href="#a">一</TaskTile>
      </TaskGrid>,
    );
    expect(screen.getByRole('link', { name: '一' })).toBeInTheDocument();
    expect(warn.mock.calls.some((c) => String(c[0]).includes('4 to 8'))).toBe(true);
    warn.mockRestore();
  });

  it('Home and End move focus; other keys are left alone', () => {
    render(
      <TaskGrid>
        <TaskTile href="#1">一</TaskTile>
        <TaskTile href="#2">二</TaskTile>
        <TaskTile href="#3">三</TaskTile>
        <TaskTile href="#4">四</TaskTile>
      </TaskGrid>,
    );
    const [first, , , last] = screen.getAllByRole('link');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'End' });
    expect(last).toHaveFocus();
    fireEvent.keyDown(last!, { key: 'Home' });
    expect(first).toHaveFocus();
    fireEvent.keyDown(first!, { key: 'a' });
    expect(first).toHaveFocus();
  });
});
