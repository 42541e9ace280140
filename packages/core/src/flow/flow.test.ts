import { describe, expect, it } from 'vitest';
import { createDraftStore, createMemoryDraftStorage, resolveDraftStorage } from './draft';
import { answersInPath, flowPath, flowProgress, flowReducer, initialFlowState, type FlowDefinition, type FlowState } from './machine';
import { normalizeTimeoutPolicy, secondsLeft, timeoutPhase } from './timeout';

type A = { pet?: 'dog' | 'none'; dogName?: string; name?: string; phone?: string; notes?: string };

const def: FlowDefinition<A> = {
  id: 'test',
  checkStep: 'check',
  steps: [
    { id: 'pet', fields: ['pet'], validate: (a) => (a.pet ? [] : [{ field: 'pet', message: 'choose' }]) },
    { id: 'dog', fields: ['dogName'], when: (a) => a.pet === 'dog', validate: (a) => (a.dogName ? [] : [{ field: 'dogName', message: 'dog name' }]) },
    { id: 'name', fields: ['name'], validate: (a) => (a.name ? [] : [{ field: 'name', message: 'name' }]) },
    { id: 'notes', fields: ['notes'] },
    { id: 'check', countInProgress: false },
  ],
};

function run(state: FlowState<A>, ...actions: Parameters<typeof flowReducer<A>>[2][]) {
  return actions.reduce((s, a) => flowReducer(def, s, a), state);
}

describe('flow machine', () => {
  it('starts on the first step and blocks continue with errors', () => {
    const s0 = initialFlowState(def);
    expect(s0.current).toBe('pet');
    const s1 = flowReducer(def, s0, { type: 'continue' });
    expect(s1.current).toBe('pet');
    expect(s1.errors).toEqual([{ field: 'pet', message: 'choose' }]);
    // a second failed continue with the same errors still bumps the counter (focus moves again)
    expect(flowReducer(def, s1, { type: 'continue' }).errorCount).toBe(2);
  });

  it('answering clears that field’s error only', () => {
    const s = run(initialFlowState(def), { type: 'continue' }, { type: 'answer', values: { pet: 'none' } });
    expect(s.errors).toEqual([]);
  });

  it('branches: the dog step appears only for dog owners', () => {
    const none = run(initialFlowState(def), { type: 'answer', values: { pet: 'none' } }, { type: 'continue' });
    expect(none.current).toBe('name');
    const dog = run(initialFlowState(def), { type: 'answer', values: { pet: 'dog' } }, { type: 'continue' });
    expect(dog.current).toBe('dog');
    expect(flowProgress(def, dog)).toEqual({ step: 2, total: 4 });
    expect(flowProgress(def, none)).toEqual({ step: 2, total: 3 });
  });

  it('back never loses answers and skips steps that left the journey', () => {
    let s = run(initialFlowState(def), { type: 'answer', values: { pet: 'dog' } }, { type: 'continue' }, { type: 'answer', values: { dogName: '旺财' } }, { type: 'continue' });
    expect(s.current).toBe('name');
    s = run(s, { type: 'answer', values: { name: '张' } }, { type: 'back' });
    expect(s.current).toBe('dog');
    expect(s.answers).toMatchObject({ pet: 'dog', dogName: '旺财', name: '张' });
    s = run(s, { type: 'back' }, { type: 'answer', values: { pet: 'none' } }, { type: 'continue' }, { type: 'continue' });
    expect(s.current).toBe('notes');
    s = run(s, { type: 'back' });
    expect(s.current).toBe('name');
    s = run(s, { type: 'back' });
    expect(s.current).toBe('pet');
    expect(run(s, { type: 'back' })).toBe(s); // nothing before the first step
    expect(s.answers.dogName).toBe('旺财'); // kept, though hidden
    expect(answersInPath(def, s.answers)).not.toHaveProperty('dogName');
  });

  function toCheck(): FlowState<A> {
    return run(
      initialFlowState(def),
      { type: 'answer', values: { pet: 'none' } },
      { type: 'continue' },
      { type: 'answer', values: { name: '李' } },
      { type: 'continue' },
      { type: 'continue' },
    );
  }

  it('change from check answers returns to the check page', () => {
    const s = toCheck();
    expect(s.current).toBe('check');
    const editing = flowReducer(def, s, { type: 'change', step: 'name' });
    expect(editing).toMatchObject({ current: 'name', returnTo: 'check' });
    const back = run(editing, { type: 'answer', values: { name: '李四' } }, { type: 'continue' });
    expect(back).toMatchObject({ current: 'check', returnTo: null });
    expect(back.answers.name).toBe('李四');
  });

  it('a change that opens a branch asks the new question before returning', () => {
    const s = run(toCheck(), { type: 'change', step: 'pet' }, { type: 'answer', values: { pet: 'dog' } }, { type: 'continue' });
    expect(s).toMatchObject({ current: 'dog', returnTo: 'check' });
    const done = run(s, { type: 'answer', values: { dogName: '小白' } }, { type: 'continue' });
    expect(done.current).toBe('check');
  });

  it('back from a change goes to the check page, keeping the edit', () => {
    const s = run(toCheck(), { type: 'change', step: 'notes' }, { type: 'answer', values: { notes: '按门铃' } }, { type: 'back' });
    expect(s.current).toBe('check');
    expect(s.answers.notes).toBe('按门铃');
  });

  it('goTo (browser history) cannot skip an unanswered question', () => {
    const s = initialFlowState(def);
    expect(flowReducer(def, s, { type: 'goTo', step: 'check' }).current).toBe('pet');
    const c = toCheck();
    const back = flowReducer(def, c, { type: 'goTo', step: 'name' });
    expect(back).toMatchObject({ current: 'name', history: ['pet'] });
    expect(flowReducer(def, c, { type: 'goTo', step: 'dog' })).toBe(c); // not in the journey
  });

  it('reopen sends the user to a step with a server error, clearing only named answers', () => {
    const s = flowReducer(def, toCheck(), { type: 'reopen', step: 'name', clear: ['name'], errors: [{ field: 'name', message: 'taken' }] });
    expect(s).toMatchObject({ current: 'name', returnTo: 'check', errors: [{ field: 'name', message: 'taken' }] });
    expect(s.answers).toEqual({ pet: 'none' });
  });

  it('going to an earlier step during a change keeps the way back to the check page', () => {
    const s = run(toCheck(), { type: 'reopen', step: 'notes', errors: [] }, { type: 'goTo', step: 'name' });
    expect(s).toMatchObject({ current: 'name', returnTo: 'check' });
    expect(run(s, { type: 'continue' }).current).toBe('check');
  });

  it('after submission, continue and change do nothing', () => {
    const s = flowReducer(def, toCheck(), { type: 'submitted', reference: 'YF1' });
    expect(s.status).toBe('submitted');
    expect(flowReducer(def, s, { type: 'continue' })).toBe(s);
    expect(flowReducer(def, s, { type: 'change', step: 'name' })).toBe(s);
  });

  it('restore moves to the first gap if the saved step is not reachable', () => {
    const s = flowReducer(def, initialFlowState(def), { type: 'restore', answers: { pet: 'dog' }, current: 'check' });
    expect(s.current).toBe('dog');
    expect(flowPath(def, s.answers).map((x) => x.id)).toContain('dog');
  });

  it('survives a throwing validator or branch', () => {
    const bad: FlowDefinition = { id: 'bad', steps: [{ id: 'a', when: () => { throw new Error('x'); }, validate: () => { throw new Error('y'); } }, { id: 'b' }] };
    const s = flowReducer(bad, initialFlowState(bad), { type: 'continue' });
    expect(s.errors[0]?.message).toBe('flow.errorUnknown');
  });
});

describe('draft keeping', () => {
  const sensitive = ['name', 'phone'];

  it('keeps non-sensitive answers and never writes sensitive ones by default', () => {
    const storage = createMemoryDraftStorage();
    const store = createDraftStore<A>({ key: 'k', storage, sensitive });
    store.save({ answers: { pet: 'dog', name: '王', phone: '13800138000' }, current: 'name' });
    const raw = storage.getItem('k') ?? '';
    expect(raw).not.toContain('王');
    expect(raw).not.toContain('13800138000');
    expect(store.load()).toMatchObject({ answers: { pet: 'dog' }, current: 'name' });
  });

  it('stores sensitive fields only when configured', () => {
    const storage = createMemoryDraftStorage();
    createDraftStore<A>({ key: 'k', storage, sensitive, storeSensitive: true }).save({ answers: { name: '王' } });
    expect(storage.getItem('k')).toContain('王');
    // read back under the stricter default, the name is filtered out again
    expect(createDraftStore<A>({ key: 'k', storage, sensitive }).load()?.answers).toEqual({});
  });

  it('expires old drafts and ignores corrupt ones', () => {
    let t = 1_000_000;
    const storage = createMemoryDraftStorage();
    const store = createDraftStore<A>({ key: 'k', storage, maxAgeMs: 1000, now: () => t });
    store.save({ answers: { pet: 'none' } });
    t += 1001;
    expect(store.load()).toBeNull();
    expect(storage.size).toBe(0);
    storage.setItem('k', '{not json');
    expect(store.load()).toBeNull();
    storage.setItem('k', JSON.stringify({ v: 1, savedAt: t, answers: [] }));
    expect(store.load()).toBeNull();
  });

  it('clears the draft on submit and keeps only a non-personal receipt', () => {
    const storage = createMemoryDraftStorage();
    const store = createDraftStore<A>({ key: 'k', storage, sensitive });
    store.save({ answers: { pet: 'dog', notes: 'x' } });
    store.markSubmitted({ reference: 'YF123', status: 'requested' });
    expect(store.load()).toBeNull();
    expect(store.loadReceipt()).toMatchObject({ reference: 'YF123', status: 'requested' });
    expect(JSON.stringify(storage.dump())).not.toContain('dog');
  });

  it('works without storage and when storage throws', () => {
    expect(createDraftStore({ key: 'k', storage: undefined }).save({ answers: {} })).toBe(false);
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('x'); } };
    const store = createDraftStore({ key: 'k', storage: throwing });
    expect(store.save({ answers: { a: 1 } })).toBe(false);
    expect(store.load()).toBeNull();
    expect(() => store.clear()).not.toThrow();
  });

  it('resolves session storage by default, local only on request, nothing for none or on the server', () => {
    const session = createMemoryDraftStorage();
    const local = createMemoryDraftStorage();
    const scope = { sessionStorage: session, localStorage: local };
    expect(resolveDraftStorage(undefined, scope)).toBe(session);
    expect(resolveDraftStorage('local', scope)).toBe(local);
    expect(resolveDraftStorage('none', scope)).toBeUndefined();
    expect(resolveDraftStorage('session', {})).toBeUndefined();
    const hostile = Object.defineProperty({}, 'sessionStorage', { get: () => { throw new Error('SecurityError'); } });
    expect(resolveDraftStorage('session', hostile)).toBeUndefined();
  });
});

describe('timeout policy (WCAG 2.2.1)', () => {
  it('raises a short warning to 20 s and too few extensions to 10', () => {
    const p = normalizeTimeoutPolicy({ timeoutMs: 60_000, warnBeforeMs: 5_000, maxExtensions: 3 });
    expect(p.warnBeforeMs).toBe(20_000);
    expect(p.maxExtensions).toBe(10);
    expect(normalizeTimeoutPolicy({}).maxExtensions).toBe(Infinity);
  });
  it('computes the phase', () => {
    const p = normalizeTimeoutPolicy({ timeoutMs: 60_000, warnBeforeMs: 20_000 });
    expect(timeoutPhase(p, 0, 39_999).phase).toBe('running');
    expect(timeoutPhase(p, 0, 40_000)).toEqual({ phase: 'warning', msLeft: 20_000 });
    expect(timeoutPhase(p, 0, 60_000).phase).toBe('expired');
    expect(secondsLeft(19_001)).toBe(20);
  });
});
