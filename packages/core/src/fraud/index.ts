export { assessTransferRisk, DEFAULT_RISK_CONFIG, resolveRiskConfig, compareRiskLevels, maxRiskLevel, localHour, readAmountFen } from './risk';
export { RISK_LEVELS, SCAM_TYPES } from './types';
export type {
  RiskLevel,
  ScamType,
  BuiltInScamType,
  PayeeNameCheck,
  RecentTransfer,
  TransferContext,
  MemoKeyword,
  RiskConfig,
  RiskReasonCode,
  RiskAssessment,
} from './types';
export { DEFAULT_MEMO_KEYWORDS, normalizeMemo, findMemoKeywords } from './keywords';
export type { KeywordHit } from './keywords';
export { BUILT_IN_SCAM_CATALOGUE, resolveScamCatalogue, getScamEntry, isScamCatalogueLoaded, loadScamCatalogue } from './catalogue';
export type { ScamEntry, ScamEntryText, ScamCatalogueConfig, ScamCatalogueEntryConfig, ResolvedScamCatalogue } from './catalogue';
export { clockOffset, coolingOffRemaining, createCoolingOffTimer, shouldAnnounceCountdown, formatCountdown, describeRemaining } from './coolingOff';
export type { CoolingOffClocks, CoolingOffSnapshot, CoolingOffTimer } from './coolingOff';
export {
  DEFAULT_FREQUENCY_CAP,
  WARNING_LAYOUTS,
  canShowWarning,
  recordExposure,
  pickEducationTopic,
  warningPresentation,
  sanitizeExposureLog,
  createExposureStore,
  localDay,
} from './exposure';
export type { ExposureLog, ExposureRecord, FrequencyCap, WarningLayout, WarningPresentation, ExposureStorage, ExposureStore } from './exposure';
export { GUARD_QUESTIONS, MAX_EXTRA_GUARD_QUESTIONS, selectGuardQuestions, isRiskyAnswer } from './questions';
export type { Answer, GuardQuestion, SelectQuestionsOptions } from './questions';
export { sanitizeFraudEvent } from './telemetry';
export type { FraudTelemetryEvent, FraudSurface, FraudOutcome, CallTarget } from './telemetry';
export { fraudCoreMessages } from './messages';
