export { detectHostPreferences, sanitizeHostMode, sanitizeHostScale, HOST_SOURCES, TEXT_ZOOM_ELDER_RATIO } from './detect';
export type { DetectHostOptions, HostBridge, HostMode, HostPreferences, HostSource } from './detect';
