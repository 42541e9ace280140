import { existsSync, readFileSync } from 'node:fs';
import * as root from '@yinfa/core';
import * as booking from '@yinfa/core/booking';
import * as fraud from '@yinfa/core/fraud';
import * as meal from '@yinfa/core/meal';
import * as speech from '@yinfa/core/speech';
import { describe, expect, it } from 'vitest';
import { CORE_AREAS } from '../../tsup.config';

const manifest = JSON.parse(readFileSync('packages/core/package.json', 'utf8')) as {
  exports: Record<string, { import?: { types: string; default: string }; require?: { types: string; default: string } }>;
  typesVersions: Record<string, Record<string, string[]>>;
};

describe('@yinfa/core subpath entries', () => {
  it('each area is in the exports map (ESM, CJS, types) and in typesVersions, built from its own index', () => {
    for (const area of CORE_AREAS) {
      expect(existsSync(`packages/core/src/${area}/index.ts`), area).toBe(true);
      expect(manifest.exports[`./${area}`], area).toEqual({
        import: { types: `./dist/${area}/index.d.ts`, default: `./dist/${area}/index.js` },
        require: { types: `./dist/${area}/index.d.cts`, default: `./dist/${area}/index.cjs` },
      });
      expect(manifest.typesVersions['*']?.[area]).toEqual([`./dist/${area}/index.d.ts`]);
    }
  });
  it('a subpath gives the same functions as the root, not copies', () => {
    expect(booking.formatWindow).toBe(root.formatWindow);
    expect(fraud.assessTransferRisk).toBe(root.assessTransferRisk);
    expect(meal).toBeTypeOf('object');
    expect(Object.keys(speech).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(booking)) expect((root as Record<string, unknown>)[name], name).toBe(value);
  });
});
