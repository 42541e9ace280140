// Loaded first by every elements test page (a same-origin file, so it runs under script-src 'self'):
// records console errors and CSP violations for the test to read.
window.__yinfaTest = { errors: [], violations: [], events: [] };
const original = console.error.bind(console);
console.error = (...args) => {
  window.__yinfaTest.errors.push(args.map(String).join(' '));
  original(...args);
};
document.addEventListener('securitypolicyviolation', (e) => {
  window.__yinfaTest.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
for (const type of ['yinfa-error', 'yinfa-dismiss', 'yinfa-call', 'yinfa-transfer-decision', 'yinfa-cooling-start', 'yinfa-confirm', 'yinfa-back', 'yinfa-booking-submitted', 'yinfa-booking-failed', 'yinfa-booking-cancelled', 'yinfa-speak-start', 'yinfa-speak-end', 'yinfa-points-loaded', 'yinfa-report-error', 'yinfa-invalid-records', 'yinfa-contact-trusted', 'yinfa-settings-change', 'yinfa-telemetry', 'yinfa-profile-change']) {
  document.addEventListener(type, (e) => window.__yinfaTest.events.push({ type, detail: e.detail, target: e.target.localName, composed: e.composed }));
}
