// Makes this page look like iOS Safari < 16.4 / Chrome < 73: no constructable, adoptable style sheets.
// Loaded before the elements script (a same-origin file, so it runs under script-src 'self').
for (const proto of [ShadowRoot.prototype, Document.prototype]) delete proto.adoptedStyleSheets;
delete CSSStyleSheet.prototype.replaceSync;
delete CSSStyleSheet.prototype.replace;
window.__noAdoptedSheets = !('adoptedStyleSheets' in ShadowRoot.prototype);
