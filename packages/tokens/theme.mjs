#!/usr/bin/env node
// yinfa-theme — the build-time path for a brand theme: writes a theme CSS file (and, with --json, DTCG
// tokens for a Style Dictionary pipeline) from one or two brand colours, every pairing contrast-checked.
//   npx yinfa-theme --primary "#C7000B" [--accent "#0066B3"] [--selector .my-bank] [--high-contrast] --out src/theme.css
// The palette logic is createTheme() from @yinfa/core (install it beside @yinfa/tokens).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: yinfa-theme --primary <colour> [--accent <colour>] [--selector <css selector>] [--high-contrast] [--out theme.css] [--json theme.tokens.json]
Writes CSS that sets Yinfa's brand colours per mode (standard, elder; high-contrast only with --high-contrast).`;

export async function run(argv, io = { log: console.log, error: console.error }) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        primary: { type: 'string' },
        accent: { type: 'string' },
        selector: { type: 'string' },
        'high-contrast': { type: 'boolean' },
        out: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.log(USAGE);
    return 0;
  }
  if (!args.primary) {
    io.error(`--primary is required.\n${USAGE}`);
    return 2;
  }
  let core;
  try {
    core = await import('@yinfa/core');
  } catch {
    io.error('yinfa-theme needs @yinfa/core: npm i -D @yinfa/core');
    return 2;
  }
  let theme;
  try {
    theme = core.createTheme({ primary: args.primary, accent: args.accent, selector: args.selector, highContrast: args['high-contrast'] === true });
  } catch (error) {
    io.error(error.message);
    return 1;
  }
  const failing = core.checkTheme(theme.modes).filter((p) => !p.pass);
  if (failing.length) {
    io.error(`Refusing to write a theme with pairings under their bar:\n${failing.map((p) => `  ${p.mode} ${p.use} ${p.ratio.toFixed(2)}:1 < ${p.bar}:1`).join('\n')}`);
    return 1;
  }
  if (args.out) {
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, theme.css);
    io.log(`wrote ${args.out}`);
  } else if (!args.json) {
    io.log(theme.css);
  }
  if (args.json) {
    // DTCG tokens: { theme: { <mode>: { color-primary: { $type, $value } } } } for Style Dictionary sources.
    const modes = args['high-contrast'] ? core.THEME_MODES : core.THEME_MODES.filter((m) => m !== 'high-contrast');
    const tokens = { theme: Object.fromEntries(modes.map((m) => [m, Object.fromEntries(Object.entries(theme.modes[m]).map(([k, v]) => [k.replace(/^--yf-/, ''), { $type: 'color', $value: v }]))])) };
    await writeFile(args.json, JSON.stringify(tokens, null, 2) + '\n');
    io.log(`wrote ${args.json}`);
  }
  for (const line of theme.adjusted) io.log(`shifted in lightness to meet a bar: ${line}`);
  return 0;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]).replace(/\.mjs$/, '') === path.resolve(new URL(import.meta.url).pathname).replace(/\.mjs$/, '');
if (invokedDirectly) process.exitCode = await run(process.argv.slice(2));
