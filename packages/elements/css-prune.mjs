// Rule-level pruning of the script builds' CSS. Each element's script carries the stylesheets of the
// components its code uses (build.mjs picks them by file), but one file often styles several widgets: the
// fraud stylesheet holds the banner, the transfer guard, the amount confirmation and the call rows. Here a
// rule stays when one of its selectors can match something the script's code can make, judged by the
// `yf-` classes: every class such a selector needs must occur in the code as a whole word (class names stay
// as string literals in minified code; no Yinfa code builds a class name from parts, and a build that did
// would lose its style, which the browser tests would show). Only `yf-` classes count: element names,
// attributes, states and other libraries' classes (Leaflet's) never remove a rule.
import postcss from 'postcss';

/** The `yf-` class names that occur in a script's code, as whole words. */
export function classesInCode(code) {
  return new Set(code.match(/(?<![\w-])yf-[\w-]+/g) ?? []);
}

/**
 * Whether a selector can match in a page whose elements only carry the classes in `present`.
 * A class under `:not()` is not needed (the selector matches without it), and a selector with a list
 * inside `:is()`/`:where()` is kept whole (one of its alternatives is enough).
 */
export function selectorCanMatch(selector, present) {
  if (/:(?:is|where|matches)\([^)]*,/.test(selector)) return true;
  const needed = selector.replace(/:not\([^)]*\)/g, '').match(/\.yf-[\w-]+/g) ?? [];
  return needed.every((c) => present.has(c.slice(1)));
}

/**
 * `css` without the rules no selector of which can match (see selectorCanMatch), without the selectors of
 * a list that cannot, and without the at-rules that pruning left empty. Keyframes are kept as they are. Formatting
 * (minified input stays minified) and order are unchanged.
 */
export function pruneCss(css, code) {
  const present = code instanceof Set ? code : classesInCode(code);
  const root = postcss.parse(css);
  // An at-rule empty in the source stays: `@layer a, b;` or `@layer a {}` sets the cascade order of layers.
  const emptyInSource = new Set();
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) emptyInSource.add(at);
  });
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    const selectors = rule.selectors;
    const kept = selectors.filter((s) => selectorCanMatch(s, present));
    if (!kept.length) rule.remove();
    else if (kept.length < selectors.length) rule.selector = kept.join(',');
  });
  // Innermost first: removing an empty @media can empty the @layer around it.
  for (let removed = true; removed; ) {
    removed = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0 && !emptyInSource.has(at)) {
        at.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}
