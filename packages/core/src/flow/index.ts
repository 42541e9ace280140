export { flowReducer, flowPath, flowProgress, initialFlowState, validateStep, firstIncompleteStep, checkStepId, answersInPath } from './machine';
export type { FlowAnswers, FlowFieldError, FlowStepDefinition, FlowDefinition, FlowState, FlowStatus, FlowAction, FlowProgress } from './machine';
export { createDraftStore, createMemoryDraftStorage, resolveDraftStorage, DEFAULT_DRAFT_MAX_AGE_MS } from './draft';
export type { DraftStorage, DraftStorageKind, DraftOptions, DraftSnapshot, DraftStore, SubmittedReceipt } from './draft';
export { normalizeTimeoutPolicy, timeoutPhase, secondsLeft, MIN_WARN_BEFORE_MS, MIN_EXTENSIONS } from './timeout';
export type { TimeoutPolicy, TimeoutPhase } from './timeout';
