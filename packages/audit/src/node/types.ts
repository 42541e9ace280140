/** The public report (`--json`, `audit()`) and the options. Field names are a contract: see docs/audit.md. */
import type { Page } from 'playwright-core';
import type { AuditMode, AuditProfile, CheckId, Rect } from '../checks/types';
import type { Level } from '../clauses';

export interface Viewport {
  width: number;
  height: number;
}

/** One configuration a URL was checked in. */
export interface AuditPage {
  url: string;
  viewport: Viewport;
  mode: AuditMode;
  /** Text scale: 1 = 100 %, 2 = 200 % (the root font size, as a toolbar sets it). */
  scale: number;
}

export interface AuditFinding {
  check: CheckId;
  /** The MIIT 适老化 clause. */
  clause: string;
  /** The WCAG 2.2 success criterion, or null where WCAG sets no such bar (text size, pop-ups). */
  wcag: string | null;
  selector: string;
  value: string;
  threshold: string;
  /** Index into `pages`. */
  page: number;
}

export interface AuditReport {
  pages: AuditPage[];
  findings: AuditFinding[];
}

/** A report plus what the HTML report shows: messages, crops, levels, pages that could not load. */
export interface DetailedFinding extends AuditFinding {
  message: string;
  level: Level;
  rect?: Rect;
  /** PNG data: URL of the element outlined in red, when screenshots are on. */
  screenshot?: string;
  help?: string;
}

export interface DetailedReport {
  pages: AuditPage[];
  findings: DetailedFinding[];
  errors: Array<{ url: string; message: string }>;
  startedAt: string;
  seconds: number;
  chromium: string;
  options: { profile: AuditProfile; modes: AuditMode[]; scales: number[]; viewports: Viewport[]; rules: CheckId[] };
}

export interface SetupContext {
  page: Page;
  /** The first target's URL (its origin for a login form). */
  url: string;
}

export interface AuditOptions {
  /** Default 1280×800 and 390×844. */
  viewports?: Viewport[];
  /** Default standard and elder. */
  modes?: AuditMode[];
  /** Default 1 and 2 (100 % and 200 % text). */
  scales?: number[];
  /** Report language (HTML and summary). Default zh-CN. */
  locale?: 'zh-CN' | 'en-US';
  /** Turn checks off (`{ motion: false }`) or, with `only`, run just the listed ones. */
  rules?: Partial<Record<CheckId, boolean>>;
  only?: CheckId[];
  /** Bars: `miit` (default: elder text ≥ 18, contrast 4.5:1, line spacing 1.3) or `yinfa` (elder 20 px, 7:1 body in elder, 1.5). */
  profile?: AuditProfile;
  /** How a mode is switched on: a URL parameter name (`?mode=elder`), or a function. Default: set `data-yinfa-mode` where the page has it; Storybook's `globals`. */
  modeParam?: string;
  switchMode?: (page: Page, mode: AuditMode) => Promise<void>;
  /** Runs once before any page, in the same browser context (log in, accept a consent form): a function or a module path whose default export is one. */
  setup?: string | ((ctx: SetupContext) => Promise<void>);
  chromiumPath?: string;
  /** Crop a screenshot of each distinct finding for the HTML report. Default true. */
  screenshots?: boolean;
  /** Per-page time limit for loading and settling, ms. Default 15000. */
  timeoutMs?: number;
  /** Only pages whose URL matches (a regular expression): pick stories out of a built Storybook. */
  include?: string | RegExp;
  /** Port for serving local files (0: any free port). */
  port?: number;
  /** Called as each page configuration finishes (the CLI prints progress). */
  onPage?: (page: AuditPage, findings: number) => void;
}

export type { Level };
