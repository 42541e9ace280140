import { useSpeech } from '@yinfa/react';
import { AmountConfirm, type AmountConfirmProps } from '@yinfa/widgets/fraud';
import type { AttrProblem, AttrSpec } from '../attributes';
import { YinfaElement, type RenderContext } from '../base';
import { ElementSpeech, SPEECH_PROPERTIES, SpeechEvents } from '../speech';

function WithReadAloud(props: Omit<AmountConfirmProps, 'onReadAloud'>) {
  const speech = useSpeech();
  // Only when this device can speak: never a button that does nothing.
  return <AmountConfirm {...props} onReadAloud={speech.available ? (text) => speech.speakText(text, { owner: 'yinfa-amount-confirm' }) : undefined} />;
}

/** <yinfa-amount-confirm>: the payee and the amount in figures and 大写, read aloud on request, before the final confirm. */
export class YinfaAmountConfirmElement extends YinfaElement {
  static override attributes: readonly AttrSpec[] = [
    { name: 'amount-fen', kind: 'integer', min: 1 },
    { name: 'payee-name', kind: 'string' },
    { name: 'payee-account', kind: 'string' },
    { name: 'payee-bank', kind: 'string' },
    { name: 'busy', kind: 'boolean' },
    { name: 'confirm-label', kind: 'string' },
    { name: 'back-button', kind: 'boolean', defaultTrue: true },
    { name: 'read-aloud', kind: 'boolean', defaultTrue: true },
    { name: 'heading-level', kind: 'enum', values: ['2', '3'] },
  ];
  static override properties = [...SPEECH_PROPERTIES];

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    if (values.amountFen === undefined) return { attribute: 'amount-fen', detail: 'is required (the amount in 分, a whole number, e.g. 500000 for ¥5,000.00)' };
    if (typeof values.payeeName !== 'string' || values.payeeName.trim() === '') return { attribute: 'payee-name', detail: 'is required (the payee’s name as the bank holds it)' };
    return null;
  }

  protected override renderContent({ values, emit }: RenderContext) {
    const amountFen = values.amountFen as number;
    const props: Omit<AmountConfirmProps, 'onReadAloud'> = {
      amountFen,
      payeeName: values.payeeName as string,
      payeeAccount: values.payeeAccount as string | undefined,
      payeeBank: values.payeeBank as string | undefined,
      busy: values.busy === true,
      confirmLabel: (values.confirmLabel as string | undefined) || undefined,
      headingLevel: values.headingLevel === '3' ? 3 : 2,
      onConfirm: () => emit('yinfa-confirm', { amountFen }),
      onBack: values.backButton === false ? undefined : () => emit('yinfa-back', {}),
      onTelemetry: (event) => emit('yinfa-telemetry', event),
    };
    if (values.readAloud === false) return <AmountConfirm {...props} />;
    return (
      <ElementSpeech values={values}>
        <SpeechEvents emit={emit} />
        <WithReadAloud {...props} />
      </ElementSpeech>
    );
  }
}
