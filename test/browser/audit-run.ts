/**
 * One story render checked by the mode audit: every check of `@yinfa/audit/checks` plus axe, run together on
 * whatever is on the page. Shared by the story audit's configurations (mode × scale × locale).
 */
import axe from 'axe-core';
import {
  checkContrast,
  checkLineHeight,
  checkReflow,
  checkTargets,
  checkTextSize,
  checkTextSpacing,
  dedupe,
  type Finding,
} from '@yinfa/audit/checks';

/** WCAG 2.2 A/AA: the same rule set the CLI runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Problem {
  check: string;
  message: string;
}

/** axe-core on the whole document; each violation's nodes as one problem. */
export async function runAxe(): Promise<Problem[]> {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => ({ check: 'axe', message: `${v.id}: ${n.target.join(' ')} — ${v.help}` })));
}

/** All measured checks on `root`, then axe (unless `axe: false`); one list of plain-language problems. */
export async function checkAll(root: ParentNode, { axe: withAxe = true }: { axe?: boolean } = {}): Promise<Problem[]> {
  const found: Finding[] = [...checkTargets(root), ...checkContrast(root), ...checkTextSize(root), ...checkLineHeight(root), ...checkReflow(root)];
  found.push(...(await checkTextSpacing(root)));
  return [...dedupe(found).map((f) => ({ check: f.check, message: f.message })), ...(withAxe ? await runAxe() : [])];
}
