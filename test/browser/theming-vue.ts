/**
 * The two checks for a Vue 3 library (Vant, Element Plus) with its Yinfa preset: in elder mode the page and
 * its popups pass the audit; in standard mode every computed style is what the library draws without it.
 */
import tokensCss from '@yinfa/tokens/tokens.css?inline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { nextTick, type App } from 'vue';
import { addStyle, elderProblems, setMode, styleSnapshot } from './theming-pages';

export interface VuePresetCase {
  library: string;
  libraryCss: string;
  presetCss: string;
  mountPage: (el: HTMLElement) => App;
  openPopups: () => void;
  /** Selectors of the popups openPopups() shows (they must be there to be measured). */
  popups: string[];
  /** What the popups leave in <body> after their app is gone. */
  leftovers: string;
  /** Where the standard-mode styles are compared (Element Plus teleports its dialog to <body>). */
  snapshotBody?: boolean;
}

export function describeVuePreset(c: VuePresetCase) {
  let cleanups: Array<() => void> = [];
  function mount() {
    const el = document.createElement('div');
    document.body.append(el);
    const app = c.mountPage(el);
    cleanups.push(() => {
      app.unmount();
      el.remove();
    });
    return el;
  }

  beforeAll(async () => {
    await page.viewport(390, 844);
    addStyle(c.libraryCss);
    addStyle(tokensCss);
  });
  afterEach(() => {
    cleanups.forEach((fn) => fn());
    cleanups = [];
    document.querySelectorAll(c.leftovers).forEach((n) => n.remove());
    setMode(null);
  });

  describe(`${c.library} with the Yinfa preset`, () => {
    it('elder mode: the page and its popups pass the audit (targets ≥ 60px, text ≥ 20px, ≥ 7:1, line height ≥ 1.5)', async () => {
      const preset = addStyle(c.presetCss);
      setMode('elder');
      mount();
      c.openPopups();
      await nextTick();
      expect(await elderProblems()).toEqual([]);
      expect(c.popups.filter((s) => !document.querySelector(s))).toEqual([]);
      preset.remove();
    });

    it(`standard mode: every computed style is what ${c.library} draws without the preset`, async () => {
      setMode('standard');
      const el = mount();
      await nextTick();
      const root = c.snapshotBody ? document.body : el;
      const before = await styleSnapshot(root);
      const preset = addStyle(c.presetCss);
      const after = await styleSnapshot(root);
      preset.remove();
      expect(after).toEqual(before);
      expect(before.length).toBeGreaterThan(20);
    });
  });
}
