import type * as Checks from '../checks/index';

declare global {
  interface Window {
    YinfaAudit: typeof Checks;
    __yinfaAuditSpoken?: number;
    axe?: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; helpUrl: string; tags: string[]; impact?: string | null; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> };
  }
}
export {};
