import {
  createDraftStore,
  flowProgress,
  flowReducer,
  initialFlowState,
  resolveDraftStorage,
  type DraftStorage,
  type DraftStorageKind,
  type DraftStore,
  type FlowAction,
  type FlowAnswers,
  type FlowDefinition,
  type FlowFieldError,
  type FlowProgress,
  type FlowState,
  type SubmittedReceipt,
} from '@yinfa/core';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';

export interface FlowDraftOptions {
  /** 'session' (default): answers survive a reload, and die with the tab. 'local' only when the host opts in. */
  storage?: DraftStorageKind | DraftStorage;
  /** Answer keys never stored unless `storeSensitive` is true. */
  sensitive?: readonly string[];
  storeSensitive?: boolean;
  maxAgeMs?: number;
  /** Defaults to `yinfa:draft:<flow id>`. */
  key?: string;
}

export interface UseFlowOptions<A extends FlowAnswers> {
  definition: FlowDefinition<A>;
  initialAnswers?: Partial<A>;
  /** Open on this step (stories, a host resuming a journey). Earlier gaps still win. */
  initialStep?: string;
  /** Draft keeping; `false` turns it off. */
  draft?: FlowDraftOptions | false;
  /** Keep steps in the browser history so Back and Forward move between questions. Default true. */
  history?: boolean;
}

/** After a submission: the confirmation, or "已提交" when the user came Back to a question. */
export type SubmittedView = 'done' | 'already';

export interface FlowController<A extends FlowAnswers = FlowAnswers> {
  definition: FlowDefinition<A>;
  state: FlowState<A>;
  answers: A;
  current: string;
  errors: FlowFieldError[];
  progress: FlowProgress;
  /** True when there is a step to go back to. */
  canGoBack: boolean;
  setAnswers: (values: Partial<A>) => void;
  next: () => void;
  back: () => void;
  change: (step: string) => void;
  reopen: (step: string, errors?: FlowFieldError[], clear?: readonly string[]) => void;
  setErrors: (errors: FlowFieldError[]) => void;
  /** Marks the flow submitted: clears the draft, keeps a non-personal receipt, adds a history entry. */
  markSubmitted: (reference: string, status?: string) => void;
  /** Starts again from the first step with no answers (and no receipt). */
  reset: (answers?: Partial<A>) => void;
  submittedView: SubmittedView | null;
  showConfirmation: () => void;
  /** A receipt found on load: this tab already submitted (a reload after success). */
  receipt: SubmittedReceipt | null;
  dispatch: (action: FlowAction<A>) => void;
  /** Bumped on every step change: the React layer moves focus to the new heading. */
  navigation: number;
}

const HISTORY_KEY = '__yinfaFlow';
const DONE = '@done';

interface HistoryEntry {
  flow: string;
  step: string;
  index: number;
}

function readEntry(state: unknown, flowId: string): HistoryEntry | null {
  const e = (state as Record<string, unknown> | null)?.[HISTORY_KEY] as HistoryEntry | undefined;
  return e && e.flow === flowId && typeof e.step === 'string' ? e : null;
}

/**
 * The flow machine from `@yinfa/core` with what a page needs around it: drafts in session storage,
 * browser Back/Forward between questions, and "已提交" after success instead of a second submission.
 */
export function useFlow<A extends FlowAnswers>(options: UseFlowOptions<A>): FlowController<A> {
  const { definition } = options;
  const [state, setState] = useReducer(
    (s: FlowState<A>, a: FlowAction<A>) => flowReducer(definition, s, a),
    undefined,
    () => {
      const s = initialFlowState(definition, options.initialAnswers ?? {});
      return options.initialStep ? flowReducer(definition, s, { type: 'restore', answers: {}, current: options.initialStep }) : s;
    },
  );
  const [submittedView, setSubmittedView] = useState<SubmittedView | null>(null);
  const [receipt, setReceipt] = useState<SubmittedReceipt | null>(null);
  const [navigation, setNavigation] = useState(0);
  const historyOn = options.history !== false;
  const indexRef = useRef(0);
  const fromPop = useRef(false);
  const lastStep = useRef(state.current);
  const draftRef = useRef<DraftStore<A> | null>(null);
  const restored = useRef(false);

  // Draft: created in an effect (no storage access during render or on the server), restored once.
  const draftOpt = options.draft;
  useEffect(() => {
    if (draftOpt === false) return;
    const o = draftOpt ?? {};
    const storage = typeof o.storage === 'object' ? o.storage : resolveDraftStorage(o.storage ?? 'session');
    const store = createDraftStore<A>({ key: o.key ?? `yinfa:draft:${definition.id}`, storage, sensitive: o.sensitive, storeSensitive: o.storeSensitive, maxAgeMs: o.maxAgeMs });
    draftRef.current = store;
    const found = store.loadReceipt();
    if (found) setReceipt(found);
    const snapshot = store.load();
    if (snapshot && !options.initialStep) setState({ type: 'restore', answers: snapshot.answers, current: snapshot.current });
    restored.current = true;
    // Only on mount: a changed storage option applies to the next mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { answers, current, status } = state;
  useEffect(() => {
    if (!restored.current || status === 'submitted') return;
    draftRef.current?.save({ answers, current });
  }, [answers, current, status]);

  // Browser history: one entry per question, so Back and Forward move between them.
  useEffect(() => {
    if (!historyOn || typeof window === 'undefined' || !window.history) return;
    // This entry now shows the current step (a stale one from an earlier visit could say otherwise).
    const existing = readEntry(window.history.state, definition.id);
    indexRef.current = existing?.index ?? 0;
    window.history.replaceState({ ...(window.history.state ?? {}), [HISTORY_KEY]: { flow: definition.id, step: state.current, index: indexRef.current } }, '');
    const onPop = (event: PopStateEvent) => {
      const entry = readEntry(event.state, definition.id);
      if (!entry) return;
      indexRef.current = entry.index;
      if (entry.step === DONE) setSubmittedView((v) => (v ? 'done' : v));
      else {
        setSubmittedView((v) => (v ? 'already' : v));
        // The browser has already moved: the step change this causes adds no history entry. A pop that
        // lands on the step already shown changes nothing, so nothing is left waiting to be skipped.
        fromPop.current = entry.step !== lastStep.current;
        setState({ type: 'goTo', step: entry.step });
      }
      setNavigation((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [historyOn, definition.id]);

  useEffect(() => {
    if (current === lastStep.current) return;
    lastStep.current = current;
    if (fromPop.current) {
      fromPop.current = false;
      return;
    }
    setNavigation((n) => n + 1);
    if (!historyOn || typeof window === 'undefined' || !window.history) return;
    indexRef.current += 1;
    window.history.pushState({ ...(window.history.state ?? {}), [HISTORY_KEY]: { flow: definition.id, step: current, index: indexRef.current } }, '');
  }, [current, historyOn, definition.id]);

  const canGoBack = state.history.length > 0 || (state.returnTo !== null && state.returnTo !== state.current);

  const back = useCallback(() => {
    // With history on, the back link and the browser's Back are the same move.
    if (historyOn && typeof window !== 'undefined' && indexRef.current > 0 && readEntry(window.history.state, definition.id)) {
      window.history.back();
      return;
    }
    setState({ type: 'back' });
  }, [historyOn, definition.id]);

  const markSubmitted = useCallback(
    (reference: string, status?: string) => {
      setState({ type: 'submitted', reference });
      draftRef.current?.markSubmitted({ reference, status });
      setSubmittedView('done');
      setNavigation((n) => n + 1);
      if (historyOn && typeof window !== 'undefined' && window.history) {
        indexRef.current += 1;
        window.history.pushState({ ...(window.history.state ?? {}), [HISTORY_KEY]: { flow: definition.id, step: DONE, index: indexRef.current } }, '');
      }
    },
    [historyOn, definition.id],
  );

  const reset = useCallback((answers?: Partial<A>) => {
    draftRef.current?.clear();
    draftRef.current?.clearReceipt();
    setReceipt(null);
    setSubmittedView(null);
    setState({ type: 'reset', answers });
  }, []);

  const progress = useMemo(() => flowProgress(definition, state), [definition, state]);

  return {
    definition,
    state,
    answers: state.answers,
    current: state.current,
    errors: state.errors,
    progress,
    canGoBack,
    setAnswers: useCallback((values: Partial<A>) => setState({ type: 'answer', values }), []),
    next: useCallback(() => setState({ type: 'continue' }), []),
    back,
    change: useCallback((step: string) => setState({ type: 'change', step }), []),
    reopen: useCallback((step: string, errors?: FlowFieldError[], clear?: readonly string[]) => {
      setSubmittedView(null);
      setState({ type: 'reopen', step, errors, clear });
    }, []),
    setErrors: useCallback((errors: FlowFieldError[]) => setState({ type: 'setErrors', errors }), []),
    markSubmitted,
    reset,
    submittedView,
    showConfirmation: useCallback(() => {
      setSubmittedView('done');
      setNavigation((n) => n + 1);
    }, []),
    receipt,
    dispatch: setState,
    navigation,
  };
}
