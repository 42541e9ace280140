const seen = new Set<string>();

/**
 * A development-only warning, printed once per message. Components call this instead of throwing on odd
 * props (an unknown variant, a missing label): they render something usable and say what to fix.
 * Silent when NODE_ENV is 'production'.
 */
export function devWarn(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV;
  if (env === 'production' || seen.has(message)) return;
  seen.add(message);
  console.warn(`[yinfa] ${message}`);
}

/** Picks `value` if it is one of `allowed`, else warns once and returns `fallback`. */
export function oneOf<T extends string>(component: string, prop: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  devWarn(`${component}: unknown ${prop} "${String(value)}"; using "${fallback}". Expected one of: ${allowed.join(', ')}.`);
  return fallback;
}
