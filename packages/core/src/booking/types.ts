/**
 * The booking adapter contract: what a host implements so the widget can list services and slots,
 * quote, submit and cancel. Every amount is integer 分; every instant an ISO 8601 string with an
 * offset (the widget shows it in Asia/Shanghai time).
 */
import type { Locale } from '../messages/types';

export type ServiceKind = 'meal' | 'medical' | 'bath' | 'clean' | 'mobility' | 'shopping';
export const SERVICE_KINDS: readonly ServiceKind[] = ['meal', 'medical', 'bath', 'clean', 'mobility', 'shopping'];

export interface BookingService {
  id: string;
  /** Which of the six icons to draw; unknown kinds get a generic one. */
  kind: ServiceKind | (string & {});
  /** Words in the requested locale: 助浴 / Bathing. */
  name: string;
  /** One line on what the visit includes. */
  includes: string;
  /** The usual length of a visit, in minutes. */
  durationMinutes: number;
  /** List price per visit, in 分. */
  listPriceFen: number;
  /** A first visit needs an assessment (助浴, 助医 in most cities). */
  needsAssessment?: boolean;
  /** False when the service is suspended in this area; shown, not choosable. */
  available?: boolean;
}

export interface BookingSlot {
  id: string;
  serviceId: string;
  /** ISO 8601 with offset, e.g. "2026-06-12T09:00:00+08:00". */
  start: string;
  end: string;
  available: boolean;
  /** Places left, when the host knows. */
  remaining?: number;
}

export type CoverageKind = 'ltci' | 'subsidy' | 'none';

export interface BookingQuota {
  /** 'fen': a monthly amount; 'visit': a number of visits. */
  unit: 'fen' | 'visit';
  total: number;
  used: number;
  /** What this booking would use. */
  thisBooking: number;
  /** Left after this booking. */
  left: number;
}

export interface BookingQuote {
  listFen: number;
  /** The share paid by 长护险 (long-term-care insurance) or a government subsidy. */
  coveredFen: number;
  /** What the user pays (自付). */
  selfPayFen: number;
  coverage: CoverageKind;
  /** The scheme's own name, e.g. "连云港市长护险". */
  coverageLabel?: string;
  quota?: BookingQuota;
  /** Why the coverage is less than usual ("本月额度已用完"), in the requested locale. */
  note?: string;
}

export interface BookingAddress {
  district: string;
  street: string;
  community: string;
  detail: string;
}

export interface BookingAccess {
  floor?: string;
  elevator?: 'yes' | 'no' | '';
  gate?: string;
  pets?: string;
}

/** Everything the host needs to book one visit. */
export interface BookingRequest {
  serviceId: string;
  slotId: string;
  slotStart: string;
  slotEnd: string;
  forWhom: 'self' | 'family';
  elder: { name: string; relation?: string; phone: string };
  /** The family member booking, for notices (SMS). Absent when booking for oneself. */
  booker?: { phone: string };
  address: BookingAddress;
  access: BookingAccess;
  notes?: string;
  locale?: Locale;
}

export type BookingStatus = 'requested' | 'confirmed' | 'cancelled';

export interface BookingResult {
  reference: string;
  /** 'requested' (待服务站确认) unless the host's system confirms the visit at once. */
  status: BookingStatus;
  serviceId: string;
  slotStart: string;
  slotEnd: string;
  /** When the station will call, in words from the host ("通常 2 小时内电话联系"). */
  nextSteps?: string;
}

export interface CancelResult {
  reference: string;
  status: 'cancelled';
}

export interface RequestOptions {
  signal?: AbortSignal;
  locale?: Locale;
}

export interface SubmitOptions extends RequestOptions {
  /** One key per logical booking (same answers); every retry of it reuses the key. */
  idempotencyKey: string;
}

/** The contract a host implements. Each method rejects with a `BookingError` on failure. */
export interface BookingAdapter {
  listServices(options?: RequestOptions): Promise<BookingService[]>;
  /** Slots for one service between two Shanghai dates (inclusive), "YYYY-MM-DD". */
  listSlots(query: { serviceId: string; from: string; to: string }, options?: RequestOptions): Promise<BookingSlot[]>;
  quote(request: BookingRequest, options?: RequestOptions): Promise<BookingQuote>;
  submit(request: BookingRequest, options: SubmitOptions): Promise<BookingResult>;
  cancel(reference: string, options: SubmitOptions): Promise<CancelResult>;
}
