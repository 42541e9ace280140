/**
 * `@yinfa/audit`: the 适老化 checks as a tool. `audit(targets, options)` drives Chromium through Playwright and
 * resolves to `{ pages, findings }` (the CLI's `--json`). The in-page checks are `@yinfa/audit/checks`.
 */
export { CHECKS, LEVEL_ORDER, type CheckInfo, type Level } from './clauses';
export { CHECK_IDS, PROFILES, type AuditMode, type AuditProfile, type CheckId, type ModeRules } from './checks/types';
export { audit, auditDetailed, toPublicReport, AuditError, DEFAULT_VIEWPORTS } from './node/run';
export { renderHtmlReport, summaryText, groupFindings, type FindingGroup } from './node/report-html';
export { findChromium } from './node/browser';
export type { AuditOptions, AuditPage, AuditFinding, AuditReport, DetailedFinding, DetailedReport, SetupContext, Viewport } from './node/types';
