/**
 * One API convention over the public components of @yinfa/widgets/fraud, /meal-map and /service-booking (the rule:
 * docs/contributing.md, "API convention"; the check: test/setup/conventions.tsx). A new PascalCase export without a row
 * or a reasoned exemption fails the completeness check at the end.
 */
import { createMemoryBookingAdapter, resolveScamCatalogue } from '@yinfa/core';
import * as Fraud from '@yinfa/widgets/fraud';
import * as MealMapEntry from '@yinfa/widgets/meal-map';
import * as Booking from '@yinfa/widgets/service-booking';
import { conventionSuite, type Row } from '../../../test/setup/conventions';

const { FraudWarningBanner, AmountConfirm, CallLinks, ScamEntryView } = Fraud;
const { MealMap } = MealMapEntry;
const { ServiceBooking, CostPanel } = Booking;
const entry = resolveScamCatalogue('zh-CN').entries[0]!;

const WIDGETS: Record<string, Row> = {
  FraudWarningBanner: { make: (p) => <FraudWarningBanner {...p} /> },
  AmountConfirm: { make: (p) => <AmountConfirm {...p} amountFen={12_300} payeeName="张三" onConfirm={() => {}} /> },
  CallLinks: { make: (p) => <CallLinks {...p} /> },
  ScamEntryView: { make: (p) => <ScamEntryView {...p} entry={entry} /> },
  MealMap: { make: (p) => <MealMap {...p} points={[]} /> },
  ServiceBooking: { make: (p) => <ServiceBooking {...p} adapter={createMemoryBookingAdapter()} /> },
  CostPanel: { make: (p) => <CostPanel {...p} quote={null} status="loading" locale="zh-CN" t={(key) => key} /> },
};

/** Exports that are not components rendering an element of their own, each with the reason. */
const WIDGETS_EXEMPT: Record<string, string> = {
  TransferGuard: 'a whole dialog configured by props (open, assessment); its panel is @yinfa/react DialogContent, checked there',
  Money: 'an amount as text inside the host’s own element (a fragment: the figure and its spoken form)',
  ServiceIcon: 'icon (decorative svg)',
};

conventionSuite('@yinfa/widgets/fraud, /meal-map, /service-booking', { ...Fraud, ...MealMapEntry, ...Booking }, WIDGETS, WIDGETS_EXEMPT);
