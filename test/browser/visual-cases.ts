/**
 * What the visual baselines photograph: one story of every component and widget (each in standard, elder
 * and high-contrast mode — the stories chosen here do not fix their own mode). `play` runs the story's play
 * function first (an opened dialog, a filled field); `ready` waits for data from in-memory adapters.
 */
import * as AlertStories from '../../packages/react/src/alert/Alert.stories';
import * as AmountStories from '../../packages/react/src/amount-field/AmountField.stories';
import * as ButtonStories from '../../packages/react/src/button/Button.stories';
import * as CardStories from '../../packages/react/src/card/Card.stories';
import * as CheckboxStories from '../../packages/react/src/checkbox/Checkbox.stories';
import * as DialogStories from '../../packages/react/src/dialog/Dialog.stories';
import * as CheckAnswersStories from '../../packages/react/src/flow/CheckAnswers.stories';
import * as ErrorSummaryStories from '../../packages/react/src/flow/Components.stories';
import * as ConfirmationStories from '../../packages/react/src/flow/Confirmation.stories';
import * as DayPickerStories from '../../packages/react/src/flow/DayPicker.stories';
import * as TimeSlotsStories from '../../packages/react/src/flow/TimeSlots.stories';
import * as IconButtonStories from '../../packages/react/src/icon-button/IconButton.stories';
import * as LayoutStories from '../../packages/react/src/layout/Layout.stories';
import * as LinkStories from '../../packages/react/src/link/Link.stories';
import * as PhoneStories from '../../packages/react/src/phone-field/PhoneField.stories';
import * as RadioStories from '../../packages/react/src/radio-group/RadioGroup.stories';
import * as SelectStories from '../../packages/react/src/select/Select.stories';
import * as SpinnerStories from '../../packages/react/src/spinner/Spinner.stories';
import * as SwitchStories from '../../packages/react/src/switch/Switch.stories';
import * as TextFieldStories from '../../packages/react/src/text-field/TextField.stories';
import * as AmountConfirmStories from '../../packages/widgets/src/fraud/AmountConfirm.stories';
import * as BannerStories from '../../packages/widgets/src/fraud/FraudWarningBanner.stories';
import * as GuardStories from '../../packages/widgets/src/fraud/TransferGuard.stories';
import * as MealMapStories from '../../packages/widgets/src/meal-map/MealMap.stories';
import * as BookingStories from '../../packages/widgets/src/service-booking/ServiceBooking.stories';

export interface VisualCase {
  name: string;
  module: unknown;
  story: string;
  select: (container: HTMLElement) => Element | null;
  play?: boolean;
  /** Args on top of the story's own (e.g. open a dialog without its play function closing it again). */
  args?: Record<string, unknown>;
  ready?: (container: HTMLElement) => boolean;
}

/** The story's own root (inside the preview's provider). */
const root = (container: HTMLElement) => container.firstElementChild;
const dialog = () => document.querySelector('[role="dialog"], [role="alertdialog"]');
/** Data has arrived: no loading indicator, and a heading is shown. */
const loaded = (container: HTMLElement) => !container.querySelector('[aria-busy="true"], .yf-spinner') && !!container.querySelector('h1, h2');

export const VISUAL_CASES: VisualCase[] = [
  { name: 'button-primary', module: ButtonStories, story: 'Primary', select: (c) => c.querySelector('.yf-button') },
  { name: 'button-secondary', module: ButtonStories, story: 'Secondary', select: (c) => c.querySelector('.yf-button') },
  { name: 'button-danger', module: ButtonStories, story: 'Danger', select: (c) => c.querySelector('.yf-button') },
  { name: 'icon-button', module: IconButtonStories, story: 'Quiet', select: root },
  { name: 'link', module: LinkStories, story: 'InSentence', select: root },
  { name: 'alert-danger', module: AlertStories, story: 'Danger', select: (c) => c.querySelector('.yf-alert') },
  { name: 'alert-info-actions', module: AlertStories, story: 'WithActions', select: (c) => c.querySelector('.yf-alert') },
  { name: 'card', module: CardStories, story: 'Default', select: root },
  { name: 'layout-cluster', module: LayoutStories, story: 'ClusterWraps', select: root },
  { name: 'spinner', module: SpinnerStories, story: 'ProgressUnknown', select: root },
  { name: 'text-field-error', module: TextFieldStories, story: 'WithError', select: (c) => c.querySelector('.yf-field'), play: true },
  { name: 'text-field-multiline', module: TextFieldStories, story: 'MultiLine', select: root },
  { name: 'phone-field-error', module: PhoneStories, story: 'WithExternalError', select: (c) => c.querySelector('.yf-field') },
  { name: 'amount-field', module: AmountStories, story: 'ShowsUppercase', select: (c) => c.querySelector('.yf-field'), play: true },
  { name: 'select', module: SelectStories, story: 'WithHint', select: root },
  { name: 'checkbox-checked', module: CheckboxStories, story: 'Checked', select: root },
  { name: 'checkbox-error', module: CheckboxStories, story: 'WithError', select: root },
  { name: 'checkbox-disabled', module: CheckboxStories, story: 'Disabled', select: root },
  { name: 'radio-group-selected', module: RadioStories, story: 'Selected', select: (c) => c.querySelector('.yf-radio-group') },
  { name: 'radio-group-error', module: RadioStories, story: 'WithError', select: (c) => c.querySelector('.yf-radio-group') },
  { name: 'switch-on', module: SwitchStories, story: 'On', select: root },
  { name: 'dialog-open', module: DialogStories, story: 'Opens', select: dialog, args: { defaultOpen: true }, ready: () => !!dialog() },
  { name: 'error-summary', module: ErrorSummaryStories, story: 'SeveralErrors', select: root },
  { name: 'check-answers', module: CheckAnswersStories, story: 'WithHeading', select: root },
  { name: 'confirmation', module: ConfirmationStories, story: 'Confirmed', select: root },
  { name: 'day-picker-error', module: DayPickerStories, story: 'WithError', select: root },
  { name: 'time-slots', module: TimeSlotsStories, story: 'WithDates', select: root },
  { name: 'fraud-banner', module: BannerStories, story: 'ImpersonatePolice', select: root },
  { name: 'fraud-banner-contextual', module: BannerStories, story: 'ContextualMemoKeyword', select: root },
  { name: 'amount-confirm', module: AmountConfirmStories, story: 'WithFen', select: root },
  { name: 'transfer-guard-questions', module: GuardStories, story: 'Questions', select: dialog, ready: () => !!dialog() },
  { name: 'meal-map-list', module: MealMapStories, story: 'WithProfile', args: { pageSize: 3 }, select: (c) => c.querySelector('.yf-meal-map'), ready: loaded },
  { name: 'booking-service-step', module: BookingStories, story: 'StepService', select: root, ready: loaded },
];
