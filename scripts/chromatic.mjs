// npm run chromatic — uploads Storybook to Chromatic when CHROMATIC_PROJECT_TOKEN is set; otherwise says how.
import { spawnSync } from 'node:child_process';

if (!process.env.CHROMATIC_PROJECT_TOKEN) {
  console.log('CHROMATIC_PROJECT_TOKEN is not set, so nothing was uploaded.\nSet it to your project token and run again: CHROMATIC_PROJECT_TOKEN=chpt_xxx npm run chromatic');
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build-storybook'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['chromatic', '--storybook-build-dir', 'storybook-static', '--exit-zero-on-changes'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
