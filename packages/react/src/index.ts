// @yinfa/react — re-exports only. Each folder is one component or concern.
export * from './provider';
export * from './button';
export * from './visually-hidden';
export * from './spinner';
