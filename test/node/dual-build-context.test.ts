/**
 * The dual-package hazard in Next.js App Router: a server component's client reference loads @yinfa/react's default
 * build, a client component's import its `browser` build. Both must hand out the same contexts, or a YinfaProvider
 * from one build is invisible to hooks from the other (hooks see the defaults, setMode does nothing). Reads the
 * built files (npm test builds first).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/react/dist');

it('the default and the browser build of @yinfa/react share YinfaContext (and so one provider serves both)', async () => {
  const server = await import(/* @vite-ignore */ pathToFileURL(path.join(dist, 'index.js')).href);
  const browser = await import(/* @vite-ignore */ pathToFileURL(path.join(dist, 'browser/index.js')).href);
  expect(server.YinfaContext).toBeDefined();
  expect(browser.YinfaContext).toBe(server.YinfaContext);
  expect(server.ReadAloudSlotContext).toBeDefined();
  expect(browser.ReadAloudSlotContext).toBe(server.ReadAloudSlotContext);
});
