// Size budgets (gzip bytes, exact), checked by npm test after the build. Fails with the figure and the budget.
//   - S1–S4 as docs/performance.md measures them: JS + tokens.css + each component's own stylesheet;
//   - S1–S4 the README's way: tokens.css + the components, built by Vite, which keeps only the stylesheets the used
//     components import (the browser build); S1 ≤ 6 KB and S2 ≤ 10 KB are aims that fail too;
//   - S1 and S2 with the whole @yinfa/react/styles.css (pages without a bundler);
//   - every JS entry in every package's exports map (found by itself, so a new package or entry needs a budget)
//     and every stylesheet an exports entry names. @yinfa/elements has its own budgets (bench:elements).
// `node scripts/check-size.mjs --print` prints every figure as a budgets table to paste after a deliberate change.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { bundle, css, gz, kb, scenarios, tokensCss, viteAppSize } from './size-scenarios.mjs';

/**
 * Budgets in gzip bytes: today's figure rounded up to the next 50 B. Raise one only on purpose, in the commit that
 * needs it. The aims (docs/performance.md): one Button ≤ 6 KB (6144 B) and the form set ≤ 10 KB (10240 B), also the
 * README's way. Raised by 50–150 B on 2026-12-02 when YinfaProvider began importing the brand palette and host
 * detection on demand: these figures bundle without splitting, so the lazy modules stay in, wrapped in esbuild's
 * lazy-init helpers; an app's bundler splits them off (a Vite app with YinfaProvider + Button: 6.3 KB gzip up
 * front, the palette 22.1 KB and host detection 1.5 KB only when used). Raised again at the merge of the one API
 * convention (DOM props on every root, inputProps, rename warnings) and the dialog header and paragraph-spacing fixes;
 * and by a few bytes to 300 B on 2026-12-02 (second session) for the one clock shape (a deprecated number/Date still
 * accepted with a warning), ServiceBooking's `messages`, and the toolbar and text enlarger split into modules under
 * 400 lines (module boundaries cost some minified bytes), the catalogues' punctuation keys (common.labelled, …) and
 * every catalogue made with defineCatalogue; the fraud and meal-map widgets composing Cluster/Stack (+230–300 B: the
 * layout component and its CSS come along).
 * Raised by 60–110 B (and @yinfa/react by 1.3 KB, @yinfa/core by 1.6 KB, @yinfa/dom by 0.7 KB) for SSR without a
 * flash and region profiles: the provider's `persist` (storage + the preferences cookie), `initialPreferences` and
 * `region`; core's cookie codec and RegionProfile; dom's applySavedPreferences.
 * About 100 B more for the contexts the default and browser builds share (sharedContext: the Next.js App Router
 * dual-package hazard), and ~20 B for one stored-preferences reader in core (readStoredPreferences) that the
 * provider's loadPreferences and dom's applySavedPreferences share instead of each parsing storage themselves.
 */
// 12-02 (fourth session): the shared words reading order needs became one small catalogue the full one spreads in
// (readingMessages, so the script toolbar can take them alone), caption styles split from speech.css: +3–13 B;
// the whole styles.css +50 B for the toolbar's 更多 row, 帮助 and pinyin captions.
const BUDGETS = {
  'S1 one Button (component CSS)': 7102, // +1 B: en-US amount messages without Chinese (language of parts); +1 B MAX_EXTRA_GUARD_QUESTIONS (core's shared chunk)
  'S1 one Button (default import, Vite)': 5970,
  'S1 one Button (README: whole styles.css)': 11520,
  // 12-02 (third session): the toolbar and speech catalogues and the rate choices moved to core; @yinfa/dom holds the
  // framework-free toolbar (mountToolbar) that <yinfa-toolbar> and React's Toolbar both are; the native <dialog> rules in toolbar.css,
  'S2 form set (component CSS)': 11310,
  'S2 form set (default import, Vite)': 9180,
  'S2 form set (README: whole styles.css)': 14030,
  'S3 Dialog (component CSS)': 23610,
  'S3 Dialog (default import, Vite)': 20644, // +4 B: the same
  'S4 Alert (component CSS)': 7070,
  'S4 Alert (default import, Vite)': 6080,
};

/** Every package entry (JS bundled alone, minified; stylesheets as shipped). */
const ENTRY_BUDGETS = {
  '@yinfa/core': 99421, // +15 B: the Web Speech and audio engines' unlock share begin()'s code (one function each); +134 B (12-04): SpeechController/SpeechEngine unlock (a read that waits unlocks speech inside the click: iOS), isScamCatalogueLoaded/loadScamCatalogue; +29 B: toolbar.viewFailed; +43 B (12-04): speechButtonMessages apart from speechMessages (a read-aloud button carries only its words in the scripts), the catalogues built in pure arrows, booking.service.failed; +3.4 KB (12-02): the toolbar's 帮助 catalogue (both languages), 声音/音量, caption styles
  '@yinfa/core/booking': 17800,
  '@yinfa/core/flow': 2600,
  '@yinfa/core/fraud': 16221, // +31 B: isScamCatalogueLoaded/loadScamCatalogue (the guard's script loads the catalogue when first wanted); +17 B: MAX_EXTRA_GUARD_QUESTIONS, the one ceiling the element's extra-questions shares
  '@yinfa/core/meal': 15291, // +1 B: the same
  '@yinfa/core/speech': 19377, // +130 B: unlock on the controller, the queue, Web Speech (one space, once) and audio engines, createSpeechTextGate(unlock), the fake engine's unlocks; +51 B: speechButtonMessages apart from speechMessages (the script-tag <yinfa-speak> carries only the button's words); +62 B: createSpeechTextGate (reading waits for speech tables loaded on first use, one gate for the toolbar and React); +38 B: its en-US words in a module of their own (the script-tag builds load them on demand); +26 B speech.noEnglishVoice in Chinese for zh-CN (it was English); +166 B: volume (音量) through the controller and every engine
  '@yinfa/core/speech-text': 10090, // +15 B: isSpeechTextLoaded/loadSpeechText (the script toolbar defers the tables)
  '@yinfa/dom': 44803, // +9 B: the same (core inlined); +103 B: the toolbar's reader unlocks speech when its read waits (core inlined); +422 B: 大字幕, 阅读线 and 纯文本 behind a dynamic import (views-loader.ts; inlined with its lazy wrappers when bundled alone, a chunk of its own for apps and a file beside the script toolbar); +97 B: reading order (collectReadable) in a module of its own (the speak and amount-confirm scripts load it with the speech tables), speechButtonMessages (core inlined); +44 B: the toolbar's reader on createSpeechTextGate (core inlined); +268 B: en-US words in modules of their own (the script-tag builds load them on demand; bundled here, gzip sees zh-CN and en-US apart) and the toolbar's words merged when a bar mounts; +26 B speech.noEnglishVoice in Chinese for zh-CN (it was English); +5 B: textOnlyContent exported (React's TextOnlyView shows it); +659 B: the toolbar's first-use speed (sheets read in idle slices, transitions stopped only on the page's own selectors, spoken text worked out per sentence; docs/performance.md); +37 B: reading waits for deferred speech tables; +3.6 KB: 帮助 (inlined when bundled alone; a chunk of its own for apps), 声音/音量; +1 KB 拼音/繁体 captions (pinyin-pro, opencc-js external: loaded on demand); +32 B the caption fills only on change
  '@yinfa/dom/preferences.js': 1050,
  '@yinfa/react': 120986, // +172 B: useSpeech().unlock and the gates' unlock in useSpeech and SpeakButton, SpeechPlayer (SpeechProvider without the 读给我听 slot; core and dom inlined); +828 B: the toolbar's views behind a dynamic import (dom inlined, as above; React's ReadingGuide and TextOnlyView still import them statically); +130 B: SpeakButton collects inside the speech-text gate (the scripts load the reading order on first use), speechButtonMessages, readable.ts (core and dom inlined); +174 B: useSpeech waits for speech tables loaded on first use (createSpeechTextGate) and SpeakButton fetches them on hover, touch or focus; +24 B: en-US words in modules of their own (the script-tag builds load them on demand) and speech.noEnglishVoice in Chinese for zh-CN (it was English); −545 B: TextOnlyView shows @yinfa/dom's textOnlyContent instead of its own copy; +871 B: the toolbar's first-use speed (@yinfa/dom inlined, as above); +212 B: MessageWithPart (Chinese capitals marked lang in AmountField, VoiceInput); +51 B: the toolbar's reader waits for deferred speech tables; +3.8 KB: the toolbar's 帮助, 声音/音量 (core and dom inlined)
  '@yinfa/react/styles.css': 6250, // +21 B: the 帮助 view's large type; +24 B pinyin ruby in captions
  '@yinfa/tokens': 1100,
  '@yinfa/tokens/tokens.css': 1700,
  '@yinfa/tokens/presets/antd': 1050,
  '@yinfa/tokens/presets/antd-mobile.css': 1300,
  '@yinfa/tokens/presets/vant.css': 1450,
  '@yinfa/tokens/presets/element-plus.css': 1600,
  '@yinfa/widgets/service-booking': 54136, // +46 B: a services failure says so (booking.service.failed; core inlined); +27 B: list answers after unmount are dropped
  '@yinfa/widgets/fraud': 41424, // +4 B: useScamCatalogue reads whether the catalogue is in on each render (loaded by the element's warm-up: no spinner); +205 B: useScamCatalogue(config, wanted) and the guard's spinner while its catalogue loads where it loads on first use (core inlined); +76 B: fraudCommonMessages and fraudAmountMessages apart from fraudMessages (the banner's and the amount check's scripts carry only their words), built in pure arrows; +59 B: en-US words in modules of their own (the script-tag builds load them on demand)
  '@yinfa/widgets/meal-map': 82366, // +6 B: DataMessage over MessageWithPart
  '@yinfa/widgets/styles.css': 3350,
};

// @yinfa/elements has its own budgets; @yinfa/audit is a Node command-line tool (Playwright), never shipped to a page.
const OWN_BUDGETS = new Set(['@yinfa/elements', '@yinfa/audit']);
const figures = [];

for (const s of scenarios) {
  const js = await bundle(s.js, s.id);
  const label = { S1: 'one Button', S2: 'form set', S3: 'Dialog', S4: 'Alert' }[s.id];
  figures.push([`${s.id} ${label} (component CSS)`, gz(js) + gz(css(...s.css))]);
  // The README's way today: import tokens.css and the components; the app's bundler (Vite) keeps the stylesheets
  // that the used components import.
  const app = await viteAppSize(`import '@yinfa/tokens/tokens.css';\n${s.js}`);
  figures.push([`${s.id} ${label} (default import, Vite)`, app.js + app.css]);
  if (s.id === 'S1' || s.id === 'S2') figures.push([`${s.id} ${label} (README: whole styles.css)`, gz(js) + gz(css(tokensCss, 'packages/react/dist/styles.css'))]);
}

for (const folder of readdirSync('packages')) {
  const file = `packages/${folder}/package.json`;
  if (!existsSync(file)) continue;
  const m = JSON.parse(readFileSync(file, 'utf8'));
  if (m.private || OWN_BUDGETS.has(m.name)) continue;
  for (const [subpath, target] of Object.entries(m.exports ?? {})) {
    if (subpath.includes('*') || subpath === './package.json') continue;
    const id = `${m.name}${subpath.slice(1)}`;
    // Stylesheets and classic scripts (`@yinfa/dom/preferences.js`, for a <script src>) count as shipped.
    if (/\.(css|js)$/.test(subpath)) figures.push([id, gz(readFileSync(`packages/${folder}/${String(target).replace(/^\.\//, '')}`))]);
    else if (!/\.json$/.test(subpath)) figures.push([id, gz(await bundle(`export * from '${id}';`, id.replace(/\W+/g, '_')))]);
  }
}

if (process.argv.includes('--print')) {
  console.log(figures.map(([id, n]) => `  '${id}': ${n},`).join('\n'));
  process.exit(0);
}

const problems = [];
// The aims, whatever the budgets say: one Button ≤ 6 KB and the form set ≤ 10 KB, the README's way.
const AIMS = { 'S1 one Button (default import, Vite)': 6144, 'S2 form set (default import, Vite)': 10240 };
for (const [id, aim] of Object.entries(AIMS)) {
  const bytes = figures.find(([f]) => f === id)?.[1];
  if (bytes === undefined || bytes > aim) problems.push(`${id}: ${bytes} B gzip misses the aim of ${aim} B`);
}
console.log('| what | gzip | budget |\n| --- | ---: | ---: |');
for (const [id, bytes] of figures) {
  const budget = BUDGETS[id] ?? ENTRY_BUDGETS[id];
  console.log(`| ${id} | ${bytes} B (${kb(bytes)} KB) | ${budget ? `${budget} B` : 'none'} |`);
  if (budget === undefined) problems.push(`${id}: ${bytes} B gzip has no budget — add one to scripts/check-size.mjs`);
  else if (bytes > budget) problems.push(`${id}: ${bytes} B gzip is over its budget of ${budget} B (+${bytes - budget} B)`);
}

if (problems.length) {
  console.log(`\n✗ size: ${problems.length} over budget or unbudgeted\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n✓ size: ${figures.length} figures within their budgets`);
