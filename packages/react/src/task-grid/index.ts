export { TaskGrid, TaskTile } from './TaskGrid';
export type { TaskGridProps, TaskTileProps } from './TaskGrid';
export { nextTileIndex } from './gridKeys';
export type { TileBox } from './gridKeys';
export { taskGridMessages } from './messages';
export { TaskIcons } from './taskIcons';
