// Builds the packages in dependency order: tokens (Style Dictionary) → core → dom → react → widgets → elements → audit,
// then the CSS bundles. Each tsup run resolves sibling types from the previous package's dist.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('node', ['packages/tokens/build.mjs']);
// react-browser: @yinfa/react's browser build, whose component modules import their own CSS (tsup.config.ts).
for (const pkg of ['core', 'dom', 'dom-script', 'react', 'react-browser', 'widgets']) {
  console.log(`\n▶ building @yinfa/${pkg}`);
  run('npx', ['tsup', '--silent'], { YINFA_PACKAGE: pkg });
  // The meal-point JSON Schema ships as data for host teams validating their own feeds.
  if (pkg === 'core') copyFileSync('packages/core/src/meal/meal-point.schema.json', 'packages/core/dist/meal-point.schema.json');
}
if (existsSync('packages/elements/build.mjs')) {
  console.log('\n▶ building @yinfa/elements');
  run('node', ['packages/elements/build.mjs']);
}
if (existsSync('packages/audit/build.mjs')) {
  console.log('\n▶ building @yinfa/audit');
  run('node', ['packages/audit/build.mjs']);
}
run('node', ['scripts/build-css.mjs']);
