/** A tile's box, as getBoundingClientRect gives it. */
export interface TileBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
const KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
export const isGridKey = (key: string): key is GridKey => KEYS.includes(key);

/**
 * Which tile an arrow key moves to, from where the tiles really are (so it follows the reflow: four
 * columns, two, or one at 320px and 200% text). Left/Right go to the previous/next tile in reading
 * order (right-to-left scripts are not used here); Up/Down go to the nearest tile in the row above/below;
 * Home/End to the first/last. Returns the same index at an edge (no wrapping).
 */
export function nextTileIndex(boxes: readonly TileBox[], current: number, key: GridKey): number {
  const last = boxes.length - 1;
  if (last < 0 || current < 0 || current > last) return current;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'ArrowLeft') return Math.max(0, current - 1);
  if (key === 'ArrowRight') return Math.min(last, current + 1);
  const here = boxes[current]!;
  const centre = here.left + here.width / 2;
  const middle = here.top + here.height / 2;
  const down = key === 'ArrowDown';
  let best = current;
  let bestRow = Infinity;
  let bestDx = Infinity;
  boxes.forEach((b, i) => {
    const m = b.top + b.height / 2;
    const rowDistance = down ? m - middle : middle - m;
    if (rowDistance <= here.height / 2) return; // same row or the wrong way
    const dx = Math.abs(b.left + b.width / 2 - centre);
    if (rowDistance < bestRow - 1 || (Math.abs(rowDistance - bestRow) <= 1 && dx < bestDx)) {
      best = i;
      bestRow = rowDistance;
      bestDx = dx;
    }
  });
  return best;
}
