import { isScamCatalogueLoaded, loadScamCatalogue, MAX_EXTRA_GUARD_QUESTIONS } from '@yinfa/core';
import { TransferGuard, type TransferGuardProps } from '@yinfa/widgets/fraud';
import { assessmentShape, officialNumbersShape, type AttrProblem, type AttrSpec } from '../attributes';
import { YinfaElement, type RenderContext } from '../base';
import { installShadowFocusTrap } from '../focus-trap';

const WARM_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * Where the scam catalogue loads on first use (this element's script: deferred/scam-catalogue.ts), the
 * customer's first touch, key press or focus anywhere on the page fetches it, so the guard, opened later
 * by the host's risk check, shows its entries at once. Opening it before that fetches it too.
 */
function warmScamCatalogue(host: HTMLElement): () => void {
  if (isScamCatalogueLoaded()) return () => {};
  const doc = host.ownerDocument;
  const remove = () => WARM_EVENTS.forEach((type) => doc.removeEventListener(type, warm, true));
  const warm = () => {
    remove();
    void loadScamCatalogue();
  };
  WARM_EVENTS.forEach((type) => doc.addEventListener(type, warm, { capture: true, passive: true }));
  return remove;
}

/**
 * <yinfa-transfer-guard>: the blocking intervention dialog. The host sets `open` (attribute or
 * property) when its risk check says "intervene"; the element closes itself after the customer's
 * decision and fires `yinfa-transfer-decision`.
 */
export class YinfaTransferGuardElement extends YinfaElement {
  // Its dialog renders in the shadow root: keep Tab inside it while open (focus-trap.ts); the scam catalogue
  // is fetched at the first interaction with the page.
  static override shadowBehaviours = [installShadowFocusTrap, warmScamCatalogue];
  static override attributes: readonly AttrSpec[] = [
    { name: 'open', kind: 'boolean' },
    { name: 'assessment', kind: 'json', check: assessmentShape },
    { name: 'scam-types', kind: 'list' },
    { name: 'cooling-off-ms', kind: 'integer', min: 0, max: 24 * 60 * 60 * 1000 },
    { name: 'server-now', kind: 'number', min: 0 },
    { name: 'cooling-started-at', kind: 'number', min: 0 },
    { name: 'storage-key', kind: 'string' },
    { name: 'delayed-arrival-hours', kind: 'number', min: 1, max: 72 },
    // The same ceiling as selectGuardQuestions, so a larger number is reported instead of silently cut.
    { name: 'extra-questions', kind: 'integer', min: 0, max: MAX_EXTRA_GUARD_QUESTIONS },
    { name: 'official-numbers', kind: 'json', check: officialNumbersShape },
    { name: 'contact-trusted', kind: 'boolean' },
  ];
  static override properties = ['questions', 'exposureStore', 'cap', 'catalogue', 'contactTrusted'] as const;

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    if (values.open && values.assessment === undefined && values.scamTypes === undefined)
      return { attribute: 'assessment', detail: 'is required to open the guard (JSON like {"scamTypes":["impersonate-police"]}, or use scam-types="impersonate-police")' };
    return null;
  }

  protected override renderContent({ values, emit, portal }: RenderContext) {
    const assessment = (values.assessment as TransferGuardProps['assessment']) ?? { scamTypes: (values.scamTypes as string[] | undefined) ?? [] };
    const contactTrusted = values.contactTrusted;
    const close = () => this.clearValue('open');
    const props: TransferGuardProps = {
      open: values.open === true,
      assessment,
      coolingOffMs: values.coolingOffMs as number | undefined,
      serverNow: values.serverNow as number | undefined,
      coolingStartedAt: values.coolingStartedAt as number | undefined,
      storageKey: values.storageKey as string | undefined,
      delayedArrivalHours: values.delayedArrivalHours as number | undefined,
      extraQuestions: values.extraQuestions as number | undefined,
      officialNumbers: values.officialNumbers as TransferGuardProps['officialNumbers'],
      questions: values.questions as TransferGuardProps['questions'],
      exposureStore: values.exposureStore as TransferGuardProps['exposureStore'],
      cap: values.cap as TransferGuardProps['cap'],
      catalogue: values.catalogue as TransferGuardProps['catalogue'],
      container: portal,
      onContinue: ({ delayedArrival }) => {
        close();
        emit('yinfa-transfer-decision', { decision: 'continue', delayedArrival });
      },
      onCancel: (via) => {
        close();
        emit('yinfa-transfer-decision', { decision: 'cancel', via });
      },
      onCoolingStart: (startedAt) => emit('yinfa-cooling-start', { startedAt }),
      onCall: (target, number) => emit('yinfa-call', { target, number }),
      onTelemetry: (event) => emit('yinfa-telemetry', event),
      onContactTrusted:
        typeof contactTrusted === 'function'
          ? () => (contactTrusted as () => void | Promise<unknown>)()
          : values.contactTrusted === true
            ? () => {
                emit('yinfa-contact-trusted', {});
              }
            : undefined,
    };
    return <TransferGuard {...props} />;
  }
}
