import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For suites that render every story: collects what React and the libraries print through console.error/warn
 * during each test (read `problems()` at the end of it). Yinfa's own dev warnings ("[yinfa] …") are left out:
 * stories of odd props show them on purpose.
 */
export function collectStoryProblems(): () => string[] {
  let problems: string[] = [];
  beforeEach(() => {
    problems = [];
    const record = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.startsWith('[yinfa]')) problems.push(text);
    };
    vi.spyOn(console, 'error').mockImplementation(record);
    vi.spyOn(console, 'warn').mockImplementation(record);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return () => problems;
}
