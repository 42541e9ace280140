// Loaded before the elements script by the en-US tests: watches every shadow root an element attaches and
// records any Chinese text shown in it, so a test can tell that no zh-CN words appeared before the en-US
// words had loaded (a same-origin file, so it runs under script-src 'self').
window.__yinfaCjk = [];
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  const check = () => {
    const text = root.textContent ?? '';
    if (/[\u4e00-\u9fff]/.test(text)) window.__yinfaCjk.push(`${this.localName}: ${text.trim().slice(0, 80)}`);
  };
  new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  return root;
};
