/**
 * A plain state machine for question-page flows (GOV.UK "one thing per page"): answers, the current
 * step, validation, branching, back, and "change" from the check-answers page. No React, no DOM:
 * the React `Flow` renders its state and sends actions back; Node tests drive it directly.
 */
import type { MessageValues } from '../messages/translate';

export type FlowAnswers = Record<string, unknown>;

/** One problem with one field. `message` is a message key (or plain words); `values` fill its `{names}`. */
export interface FlowFieldError {
  field: string;
  message: string;
  values?: MessageValues;
}

export interface FlowStepDefinition<A extends FlowAnswers = FlowAnswers> {
  id: string;
  /** The answer keys this step asks for (check answers, draft keeping, clearing errors). */
  fields?: readonly string[];
  /** Branching: the step is part of the journey only while this returns true. Hidden steps keep their answers. */
  when?: (answers: A) => boolean;
  /** Returns the problems with this step's answers; an empty list lets the user continue. */
  validate?: (answers: A) => FlowFieldError[];
  /** Left out of "第 2 步，共 6 步" (the check page, an interstitial). */
  countInProgress?: boolean;
}

export interface FlowDefinition<A extends FlowAnswers = FlowAnswers> {
  /** Names the flow in drafts and browser history: two flows on a page never mix. */
  id: string;
  steps: readonly FlowStepDefinition<A>[];
  /** The check-answers step: "Change" links come back here. Defaults to the last step. */
  checkStep?: string;
}

export type FlowStatus = 'editing' | 'submitted';

export interface FlowState<A extends FlowAnswers = FlowAnswers> {
  flowId: string;
  answers: A;
  current: string;
  /** Steps behind the current one, oldest first: Back pops from here. */
  history: string[];
  /** Problems on the current step, shown in the error summary and beside the fields. */
  errors: FlowFieldError[];
  /** Counts failed continues so an unchanged list of errors still moves focus to the summary again. */
  errorCount: number;
  /** Set while a step is being changed from the check page: continuing goes back there. */
  returnTo: string | null;
  status: FlowStatus;
  /** The reference of a submitted flow, so Back after success can say "已提交" with it. */
  reference?: string;
}

export type FlowAction<A extends FlowAnswers = FlowAnswers> =
  | { type: 'answer'; values: Partial<A> }
  | { type: 'continue' }
  | { type: 'back' }
  /** "Change" from the check page: edit one step, then come back. */
  | { type: 'change'; step: string }
  /** Browser Back/Forward (or a deep link) to a step already in the journey. */
  | { type: 'goTo'; step: string }
  /** Send the user back to a step with a problem the server found (a slot taken), clearing some answers. */
  | { type: 'reopen'; step: string; errors?: FlowFieldError[]; clear?: readonly string[] }
  | { type: 'setErrors'; errors: FlowFieldError[] }
  | { type: 'submitted'; reference?: string }
  | { type: 'restore'; answers: Partial<A>; current?: string; history?: readonly string[] }
  | { type: 'reset'; answers?: Partial<A> };

function stepById<A extends FlowAnswers>(def: FlowDefinition<A>, id: string): FlowStepDefinition<A> | undefined {
  return def.steps.find((s) => s.id === id);
}

function isVisible<A extends FlowAnswers>(step: FlowStepDefinition<A>, answers: A): boolean {
  try {
    return step.when ? step.when(answers) !== false : true;
  } catch {
    return true;
  }
}

/** The steps in the journey for these answers, in order (branching applied). */
export function flowPath<A extends FlowAnswers>(def: FlowDefinition<A>, answers: A): FlowStepDefinition<A>[] {
  return def.steps.filter((s) => isVisible(s, answers));
}

export function checkStepId<A extends FlowAnswers>(def: FlowDefinition<A>): string | undefined {
  return def.checkStep ?? def.steps[def.steps.length - 1]?.id;
}

/** The problems with one step's answers (none for an unknown step or one without rules). */
export function validateStep<A extends FlowAnswers>(def: FlowDefinition<A>, stepId: string, answers: A): FlowFieldError[] {
  const step = stepById(def, stepId);
  if (!step?.validate) return [];
  try {
    return step.validate(answers) ?? [];
  } catch {
    return [{ field: step.fields?.[0] ?? step.id, message: 'flow.errorUnknown' }];
  }
}

/** The first step in the journey whose answers do not pass, or undefined when every step does. */
export function firstIncompleteStep<A extends FlowAnswers>(def: FlowDefinition<A>, answers: A, before?: string): string | undefined {
  for (const step of flowPath(def, answers)) {
    if (step.id === before) return undefined;
    if (validateStep(def, step.id, answers).length > 0) return step.id;
  }
  return undefined;
}

export interface FlowProgress {
  /** 1-based position among counted steps; 0 on an uncounted step (the check page). */
  step: number;
  total: number;
}

/** "第 {step} 步，共 {total} 步" for the current step; total follows branching. */
export function flowProgress<A extends FlowAnswers>(def: FlowDefinition<A>, state: FlowState<A>): FlowProgress {
  const counted = flowPath(def, state.answers).filter((s) => s.countInProgress !== false && s.id !== checkStepId(def));
  const index = counted.findIndex((s) => s.id === state.current);
  return { step: index + 1, total: counted.length };
}

export function initialFlowState<A extends FlowAnswers>(def: FlowDefinition<A>, answers: Partial<A> = {}): FlowState<A> {
  const first = flowPath(def, answers as A)[0] ?? def.steps[0];
  return {
    flowId: def.id,
    answers: { ...answers } as A,
    current: first?.id ?? '',
    history: [],
    errors: [],
    errorCount: 0,
    returnTo: null,
    status: 'editing',
  };
}

function nextStep<A extends FlowAnswers>(def: FlowDefinition<A>, answers: A, from: string): string | undefined {
  const path = flowPath(def, answers);
  const i = path.findIndex((s) => s.id === from);
  if (i >= 0) return path[i + 1]?.id;
  // The current step left the journey (an answer changed the branch): continue from where it sat.
  const order = def.steps.findIndex((s) => s.id === from);
  return path.find((s) => def.steps.indexOf(s) > order)?.id;
}

/** The visible steps before `step`, for a history rebuilt from a deep link or the browser's Back. */
function pathBefore<A extends FlowAnswers>(def: FlowDefinition<A>, answers: A, step: string): string[] {
  const ids = flowPath(def, answers).map((s) => s.id);
  const i = ids.indexOf(step);
  return i < 0 ? [] : ids.slice(0, i);
}

function withoutFieldErrors(errors: FlowFieldError[], fields: string[]): FlowFieldError[] {
  return errors.filter((e) => !fields.includes(e.field));
}

/**
 * The reducer. Pure: the same state and action always give the same result, and the input is never
 * mutated. Unknown steps and actions leave the state as it was rather than throwing.
 */
export function flowReducer<A extends FlowAnswers>(def: FlowDefinition<A>, state: FlowState<A>, action: FlowAction<A>): FlowState<A> {
  switch (action.type) {
    case 'answer': {
      const values = action.values ?? {};
      return { ...state, answers: { ...state.answers, ...values }, errors: withoutFieldErrors(state.errors, Object.keys(values)) };
    }
    case 'continue': {
      if (state.status === 'submitted') return state;
      const errors = validateStep(def, state.current, state.answers);
      if (errors.length > 0) return { ...state, errors, errorCount: state.errorCount + 1 };
      const check = checkStepId(def);
      let target: string | undefined;
      let returnTo = state.returnTo;
      if (returnTo) {
        // Back to the check page, unless the change opened a new question (a branch) that needs an answer.
        const path = flowPath(def, state.answers).map((s) => s.id);
        const here = path.indexOf(state.current);
        const end = path.indexOf(returnTo);
        target = path.slice(here + 1, end < 0 ? undefined : end).find((id) => validateStep(def, id, state.answers).length > 0);
        if (!target) {
          target = returnTo;
          returnTo = null;
        }
      } else {
        target = nextStep(def, state.answers, state.current);
      }
      if (!target) return { ...state, errors: [] };
      if (target === check) {
        // Never reach the check page with a gap earlier in the journey.
        const gap = firstIncompleteStep(def, state.answers, check);
        if (gap && gap !== state.current) target = gap;
      }
      return { ...state, current: target, history: [...state.history, state.current], errors: [], returnTo: target === returnTo ? null : returnTo };
    }
    case 'back': {
      if (state.returnTo && state.returnTo !== state.current) {
        // Back from a "change" returns to the check page, keeping whatever was typed.
        return { ...state, current: state.returnTo, returnTo: null, errors: [], history: pathBefore(def, state.answers, state.returnTo) };
      }
      const visible = new Set(flowPath(def, state.answers).map((s) => s.id));
      const history = [...state.history];
      let prev = history.pop();
      while (prev !== undefined && !visible.has(prev)) prev = history.pop();
      if (prev === undefined) return state;
      return { ...state, current: prev, history, errors: [] };
    }
    case 'change': {
      if (state.status === 'submitted' || !stepById(def, action.step)) return state;
      return { ...state, current: action.step, history: [...state.history, state.current], errors: [], returnTo: state.current };
    }
    case 'goTo': {
      if (!stepById(def, action.step) || action.step === state.current) return state;
      const path = flowPath(def, state.answers).map((s) => s.id);
      if (!path.includes(action.step)) return state;
      // Forward only as far as the answers allow: a stale history entry cannot skip a question.
      const gap = firstIncompleteStep(def, state.answers, action.step);
      const target = gap ?? action.step;
      return { ...state, current: target, history: pathBefore(def, state.answers, target), errors: [], returnTo: target === state.returnTo ? null : state.returnTo };
    }
    case 'reopen': {
      if (!stepById(def, action.step)) return state;
      const answers = { ...state.answers };
      for (const key of action.clear ?? []) delete answers[key];
      const check = checkStepId(def);
      const returnTo = action.step === check ? null : (check ?? null);
      return {
        ...state,
        answers,
        status: 'editing',
        current: action.step,
        history: pathBefore(def, answers, action.step),
        errors: action.errors ?? [],
        errorCount: state.errorCount + (action.errors?.length ? 1 : 0),
        returnTo,
      };
    }
    case 'setErrors':
      return { ...state, errors: action.errors ?? [], errorCount: state.errorCount + 1 };
    case 'submitted':
      return { ...state, status: 'submitted', reference: action.reference, errors: [], returnTo: null };
    case 'restore': {
      const answers = { ...state.answers, ...(action.answers ?? {}) } as A;
      let current = action.current && stepById(def, action.current) ? action.current : state.current;
      // A restored step must be reachable with the restored answers.
      const gap = firstIncompleteStep(def, answers, current);
      if (gap) current = gap;
      if (!flowPath(def, answers).some((s) => s.id === current)) current = flowPath(def, answers)[0]?.id ?? current;
      return { ...state, answers, current, history: pathBefore(def, answers, current), errors: [], returnTo: null };
    }
    case 'reset':
      return initialFlowState(def, action.answers ?? {});
    default:
      return state;
  }
}

/** The answers that belong to the journey as it now stands (hidden branches dropped): what to submit. */
export function answersInPath<A extends FlowAnswers>(def: FlowDefinition<A>, answers: A): Partial<A> {
  const out: Partial<A> = {};
  const owned = new Set(def.steps.flatMap((s) => s.fields ?? []));
  const shown = new Set(flowPath(def, answers).flatMap((s) => s.fields ?? []));
  for (const [k, v] of Object.entries(answers)) {
    if (!owned.has(k) || shown.has(k)) (out as FlowAnswers)[k] = v;
  }
  return out;
}
