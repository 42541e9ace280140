// Browser tests run in a real event loop, so React's act() environment stays off: Testing Library's
// render/act turn it on only while they run (act-compat's withGlobalActEnvironment). Turning it on for the
// whole file makes React warn about every update from a real timer, fetch or Playwright key press.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
import './test/setup/console-guard';
