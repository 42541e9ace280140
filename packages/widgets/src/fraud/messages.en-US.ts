// en-US words of ./messages.ts, in a module of their own so the script-tag builds can load them on demand
// (packages/elements/src/locale-packs.ts): a zh-CN page does not download them.
import { fraudCoreMessages } from '@yinfa/core';
/** en-US of fraudCommonMessages: the words every fraud widget shows (the banner needs no others). */
export const fraudCommonEnUS = {
  'fraud.education.label': 'Scam tip',
  'fraud.education.heading': 'Scam tip: {title}',
  'fraud.education.next': 'Show another tip',
  'fraud.education.dismiss': 'Close scam tip',
  'fraud.entry.scammerSays': 'Scammers say',
  'fraud.entry.neverDoes': 'Remember',
  'fraud.entry.action': 'What you can do',
  'fraud.entry.example': 'It also happened like this',
  'fraud.contextual.heading': 'Before you pay, please read this',
  'fraud.contextual.weNoticed': 'We noticed:',
  'fraud.contextual.looksLike': 'This looks a little like “{title}”.',
  'fraud.call.heading': 'Not sure? Call and ask first',
  'fraud.call.bank': 'Call {label} {number}',
  'fraud.call.96110': 'Call 96110, the anti-fraud line',
  'fraud.call.110': 'Call 110, the police',
  'fraud.call.96110Hint': '96110 is the national anti-fraud line. If 96110 calls you, always answer.',
  'fraud.guard.checklistLead': 'A real bank or police officer never:',
  'fraud.guard.storyLead': 'Someone was tricked like this:',
};

/** en-US of fraudAmountMessages. */
export const fraudAmountEnUS = {
  'fraud.amount.heading': 'Please check the payment',
  'fraud.amount.payee': 'Payee',
  'fraud.amount.account': 'Account',
  'fraud.amount.bank': 'Bank',
  'fraud.amount.figures': 'Amount',
  'fraud.amount.uppercase': 'In Chinese capitals',
  'fraud.amount.words': 'In words',
  'fraud.amount.readAloud': 'Read it to me',
  'fraud.amount.speech': 'Paying {amount} to {payee}.',
  'fraud.amount.confirm': 'Confirm payment',
  'fraud.amount.back': 'Go back and change',
  'fraud.amount.invalid': 'The amount is not right. Please go back and change it.',
};

/** en-US of fraudMessages (a pure arrow, as there: a page without the guard or the amount check drops it). */
export const fraudEnUS = /* @__PURE__ */ (() => ({
  ...fraudCoreMessages['en-US'],
  ...fraudCommonEnUS,
  ...fraudAmountEnUS,
  'fraud.guard.title': 'Before you pay, please answer a few questions',
  'fraud.guard.intro': 'These questions help you spot a scam. Please answer honestly; nobody will blame you.',
  'fraud.guard.dangerLabel': 'Scam warning',
  'fraud.guard.progress': 'Question {step} of {total}',
  'fraud.guard.yes': 'Yes',
  'fraud.guard.no': 'No',
  'fraud.guard.yesMet': 'Yes, I have',
  'fraud.guard.noMet': 'No, never',
  'fraud.stop.heading': 'Please stop. Do not send this money',
  'fraud.stop.body': 'Your answers match a common scam. Hang up first and stop listening to the caller.',
  'fraud.stop.notYourFault': 'Scammers are very convincing. This is not your fault. Stopping now is the right thing.',
  'fraud.stop.trusted': 'Tell a family member I trust',
  'fraud.stop.trustedDone': 'Your family member has been told.',
  'fraud.stop.cancel': 'Cancel this payment',
  'fraud.cool.heading': 'Please take a moment before you pay',
  'fraud.cool.body': 'Your answers raised no problem. To be safe, please wait a little before you go on. You could call a family member meanwhile.',
  'fraud.cool.left': 'Time left',
  'fraud.cool.announceStart': 'Waiting time started. {remaining}',
  'fraud.cool.done': 'The wait is over. You can go on with the payment now.',
  'fraud.cool.continue': 'Continue payment',
  'fraud.cool.continueWaiting': 'Continue payment (please wait first)',
  'fraud.cool.cancel': 'Don’t pay, cancel',
  'fraud.delayed.label.one': 'Delayed arrival: the money arrives after {hours} hour',
  'fraud.delayed.label.other': 'Delayed arrival: the money arrives after {hours} hours',
  'fraud.delayed.hint': 'Until then you can cancel the payment at any time. If it turns out to be a scam, the money can still be stopped.',
}))();
