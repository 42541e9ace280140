import { devWarn } from '@yinfa/core';

/** A renamed prop's old name keeps working for one major version and warns once in development (docs/contributing.md). */
export function renamed<T>(component: string, oldName: string, newName: string, oldValue: T | undefined): T | undefined {
  if (oldValue !== undefined) devWarn(`${component}: \`${oldName}\` is deprecated; use \`${newName}\` (same arguments).`);
  return oldValue;
}
