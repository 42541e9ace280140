export function bundledPackages(sources: string[]): string[];
export function bundledInto(folder: string): string[];
export function noticesFor(names: string[], options?: { root?: string; about?: string }): string;
