import { FraudWarningBanner, type FraudWarningBannerProps } from '@yinfa/widgets/fraud';
import { assessmentShape, officialNumbersShape, stringArray, type AttrProblem, type AttrSpec } from '../attributes';
import { YinfaElement, type RenderContext } from '../base';

/**
 * <yinfa-fraud-banner>: the calm fraud warning. `variant="education"` (default) rotates scam topics and
 * can be dismissed; `variant="contextual"` explains one transfer's risk (needs `assessment`).
 */
export class YinfaFraudBannerElement extends YinfaElement {
  static override attributes: readonly AttrSpec[] = [
    { name: 'variant', kind: 'enum', values: ['education', 'contextual'] },
    { name: 'topics', kind: 'list' },
    { name: 'assessment', kind: 'json', check: assessmentShape },
    { name: 'official-numbers', kind: 'json', check: officialNumbersShape },
    { name: 'heading-level', kind: 'enum', values: ['2', '3'] },
  ];
  static override properties = ['catalogue', 'exposureStore', 'cap', 'now'] as const;

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    if (values.variant === 'contextual' && values.assessment === undefined)
      return { attribute: 'assessment', detail: 'is required when variant="contextual" (the result of assessTransferRisk as JSON)' };
    if (values.topics !== undefined && stringArray(values.topics)) return { attribute: 'topics', detail: 'expected scam type ids' };
    return null;
  }

  protected override renderContent({ values, emit }: RenderContext) {
    const props: FraudWarningBannerProps = {
      variant: (values.variant as FraudWarningBannerProps['variant']) ?? 'education',
      assessment: values.assessment as FraudWarningBannerProps['assessment'],
      topics: values.topics as string[] | undefined,
      officialNumbers: values.officialNumbers as FraudWarningBannerProps['officialNumbers'],
      headingLevel: values.headingLevel === '3' ? 3 : 2,
      catalogue: values.catalogue as FraudWarningBannerProps['catalogue'],
      exposureStore: values.exposureStore as FraudWarningBannerProps['exposureStore'],
      cap: values.cap as FraudWarningBannerProps['cap'],
      now: typeof values.now === 'function' ? (values.now as () => number) : undefined,
      onDismiss: () => emit('yinfa-dismiss', {}),
      onCall: (target, number) => emit('yinfa-call', { target, number }),
      onTelemetry: (event) => emit('yinfa-telemetry', event),
    };
    return <FraudWarningBanner {...props} />;
  }
}
