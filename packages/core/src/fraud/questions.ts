import type { ScamType } from './types';

export type Answer = 'yes' | 'no';

/** One yes/no question of the transfer guard. The risky answer stops the transfer. */
export interface GuardQuestion {
  id: string;
  riskyAnswer: Answer;
  /** The scam types a risky answer points to. */
  scamTypes: ScamType[];
  /** Asked every time (the five core questions); the others are chosen by scam type. */
  core: boolean;
}

/** Message keys are `fraud.question.<id>`. */
export const GUARD_QUESTIONS: readonly GuardQuestion[] = [
  { id: 'guided-on-call', riskyAnswer: 'yes', scamTypes: ['impersonate-police', 'fake-customer-service', 'fake-loan-credit'], core: true },
  { id: 'safe-account', riskyAnswer: 'yes', scamTypes: ['impersonate-police'], core: true },
  { id: 'app-or-screen-share', riskyAnswer: 'yes', scamTypes: ['fake-customer-service', 'impersonate-police', 'fake-investment'], core: true },
  { id: 'keep-secret', riskyAnswer: 'yes', scamTypes: ['impersonate-police', 'impersonate-relative', 'elderly-care-investment'], core: true },
  { id: 'met-payee', riskyAnswer: 'no', scamTypes: ['impersonate-relative', 'fake-investment', 'task-rebate'], core: true },
  { id: 'promised-returns', riskyAnswer: 'yes', scamTypes: ['fake-investment', 'elderly-care-investment', 'task-rebate'], core: false },
  { id: 'fee-to-unlock', riskyAnswer: 'yes', scamTypes: ['fake-loan-credit', 'task-rebate', 'fake-customer-service'], core: false },
  { id: 'claims-official', riskyAnswer: 'yes', scamTypes: ['impersonate-police'], core: false },
  { id: 'urgent-relative', riskyAnswer: 'yes', scamTypes: ['impersonate-relative'], core: false },
];

/** The most type-specific questions one intervention adds after the core ones: more makes the guard too long to finish. */
export const MAX_EXTRA_GUARD_QUESTIONS = 4;

export interface SelectQuestionsOptions {
  /** Extra, type-specific questions after the core five (default 1, at most MAX_EXTRA_GUARD_QUESTIONS). */
  extra?: number;
  /** Rotates the order (anti-habituation); usually WarningPresentation.rotation. */
  rotation?: number;
  /** Use these questions instead of the built-in list (a bank's own). */
  questions?: readonly GuardQuestion[];
}

/**
 * The questions for one intervention: the core questions, plus the type-specific ones that best fit
 * the likely scam types (most likely first). `rotation` turns the order so a customer who has seen the
 * guard before meets the questions in a new order, though never a different meaning.
 */
export function selectGuardQuestions(scamTypes: readonly string[] = [], options: SelectQuestionsOptions = {}): GuardQuestion[] {
  const pool = (Array.isArray(options.questions) && options.questions.length > 0 ? options.questions : GUARD_QUESTIONS).filter(
    (q) => q && typeof q.id === 'string' && (q.riskyAnswer === 'yes' || q.riskyAnswer === 'no'),
  );
  const core = pool.filter((q) => q.core);
  const extraCount = Math.max(0, Math.min(MAX_EXTRA_GUARD_QUESTIONS, Math.floor(options.extra ?? 1)));
  const types = Array.isArray(scamTypes) ? scamTypes : [];
  const score = (q: GuardQuestion) => {
    const ranks = (q.scamTypes ?? []).map((t) => types.indexOf(t)).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : Number.POSITIVE_INFINITY;
  };
  const extras = pool
    .filter((q) => !q.core)
    .map((q, i) => ({ q, i, s: score(q) }))
    .filter((x) => Number.isFinite(x.s))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, extraCount)
    .map((x) => x.q);
  const list = [...core, ...extras];
  const r = list.length ? (((Math.floor(options.rotation ?? 0) % list.length) + list.length) % list.length) : 0;
  return [...list.slice(r), ...list.slice(0, r)];
}

/** True when this answer to this question should stop the transfer. */
export function isRiskyAnswer(question: GuardQuestion, answer: Answer): boolean {
  return question.riskyAnswer === answer;
}
