/**
 * Turns the command line's targets into page URLs: http(s) URLs as given; an .html file or a folder served
 * locally; a built Storybook (a folder with index.json and iframe.html) as one page per story.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { serveStatic, type StaticServer } from './serve';

export interface ResolvedPage {
  url: string;
  /** Storybook pages switch mode through the `globals` URL parameter. */
  storybook: boolean;
}

export interface ResolvedTargets {
  pages: ResolvedPage[];
  servers: StaticServer[];
}

export class TargetError extends Error {}

interface StoryIndex {
  entries?: Record<string, { id: string; type?: string; tags?: string[] }>;
}

export async function resolveTargets(targets: readonly string[], port = 0): Promise<ResolvedTargets> {
  const pages: ResolvedPage[] = [];
  const servers: StaticServer[] = [];
  const serve = async (dir: string) => {
    const s = await serveStatic(dir, port ? port + servers.length : 0);
    servers.push(s);
    return s.origin;
  };
  try {
    for (const target of targets) {
      if (/^https?:\/\//i.test(target)) {
        pages.push({ url: target, storybook: false });
        continue;
      }
      const full = path.resolve(target);
      if (!existsSync(full)) throw new TargetError(`Target not found: ${target} (give a URL, an .html file or a folder)`);
      if (statSync(full).isFile()) {
        if (!/\.html?$/i.test(full)) throw new TargetError(`Not an HTML file: ${target}`);
        const origin = await serve(path.dirname(full));
        pages.push({ url: `${origin}/${encodeURIComponent(path.basename(full))}`, storybook: false });
        continue;
      }
      const index = path.join(full, 'index.json');
      if (existsSync(index) && existsSync(path.join(full, 'iframe.html'))) {
        const json = JSON.parse(readFileSync(index, 'utf8')) as StoryIndex;
        const stories = Object.values(json.entries ?? {}).filter((e) => e.type === 'story');
        if (!stories.length) throw new TargetError(`No stories in ${index}`);
        const origin = await serve(full);
        for (const s of stories) pages.push({ url: `${origin}/iframe.html?id=${encodeURIComponent(s.id)}&viewMode=story`, storybook: true });
        continue;
      }
      const html = readdirSync(full).filter((f) => /\.html?$/i.test(f)).sort();
      if (!html.length) throw new TargetError(`No .html files in ${target}`);
      const origin = await serve(full);
      for (const f of html) pages.push({ url: `${origin}/${encodeURIComponent(f)}`, storybook: false });
    }
  } catch (e) {
    await Promise.all(servers.map((s) => s.close()));
    throw e;
  }
  return { pages, servers };
}
