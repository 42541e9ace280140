import { monotonicNow, normalizeTimeoutPolicy, secondsLeft, timeoutPhase, type TimeoutPolicy, type Translate } from '@yinfa/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '../alert/Alert';
import { Button } from '../button/Button';
import { Dialog } from '../dialog/Dialog';
import { useAnnounce } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { flowMessages, type FlowMessageKey } from './messages';

export interface TimeoutWarningProps extends Partial<TimeoutPolicy> {
  /** Called when the user stays: extend the server session here. */
  onExtend?: (extensionsUsed: number) => void;
  /** Called once when time runs out. Entered data is never touched: the page only pauses. */
  onTimeout?: () => void;
  /** Called when the user carries on after the pause. */
  onResume?: () => void;
  /** Activity (a key or a tap) before the warning restarts the count. Default true. */
  resetOnActivity?: boolean;
  /**
   * The clock, in ms (for tests). Default: the monotonic clock, so a changed device date and time can
   * neither end the session early nor hide the warning (WCAG 2.2.1).
   */
  now?: () => number;
  /** Turns the timer off (e.g. on the confirmation page). */
  disabled?: boolean;
}

function timeText(ms: number, t: Translate<FlowMessageKey>): string {
  const s = secondsLeft(ms);
  if (s < 60) return t('flow.timeout.seconds', { n: s });
  return t('flow.timeout.minutes', { minutes: t('flow.timeout.minutePart', { n: Math.floor(s / 60) }), seconds: t('flow.timeout.seconds', { n: s % 60 }) });
}

/**
 * WCAG 2.2.1 session-timeout warning: shown at least 20 s before the limit in a dialog that is announced,
 * with one large "继续填写 / Stay" button, extendable at least 10 times. When time does run out the page
 * pauses with a message and a button to carry on; nothing the user typed is dropped.
 */
export function TimeoutWarning({ onExtend, onTimeout, onResume, resetOnActivity = true, now = monotonicNow, disabled, ...policyInput }: TimeoutWarningProps) {
  const t = useCatalogue(flowMessages);
  const announce = useAnnounce();
  const policy = useMemo(
    () => normalizeTimeoutPolicy(policyInput),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policyInput.timeoutMs, policyInput.warnBeforeMs, policyInput.maxExtensions],
  );
  const [since, setSince] = useState(() => now());
  const [tick, setTick] = useState(0);
  const [extensions, setExtensions] = useState(0);
  const expiredFired = useRef(false);
  const announcedFor = useRef<number | null>(null);
  const { phase, msLeft } = timeoutPhase(policy, since, now());
  void tick;

  // One timer to the next boundary while running; a one-second tick while the warning shows.
  useEffect(() => {
    if (disabled || phase === 'expired') return;
    const wait = phase === 'warning' ? Math.min(1000, msLeft) : Math.max(0, msLeft - policy.warnBeforeMs);
    const id = setTimeout(() => setTick((n) => n + 1), wait);
    return () => clearTimeout(id);
  }, [disabled, phase, msLeft, policy.warnBeforeMs, tick]);

  useEffect(() => {
    if (disabled || !resetOnActivity || phase !== 'running' || typeof document === 'undefined') return;
    let last = 0;
    const onActivity = () => {
      const n = now();
      if (n - last < 1000) return;
      last = n;
      setSince(n);
    };
    document.addEventListener('keydown', onActivity, true);
    document.addEventListener('pointerdown', onActivity, true);
    return () => {
      document.removeEventListener('keydown', onActivity, true);
      document.removeEventListener('pointerdown', onActivity, true);
    };
  }, [disabled, resetOnActivity, phase, now]);

  // Announce once per warning (not every second: a ticking live region drowns everything else).
  useEffect(() => {
    if (disabled || phase !== 'warning' || announcedFor.current === since) return;
    announcedFor.current = since;
    announce(t('flow.timeout.announce', { time: timeText(msLeft, t) }), 'assertive');
  }, [disabled, phase, since, msLeft, announce, t]);

  useEffect(() => {
    if (disabled || phase !== 'expired' || expiredFired.current) return;
    expiredFired.current = true;
    onTimeout?.();
  }, [disabled, phase, onTimeout]);

  const canExtend = extensions < policy.maxExtensions;
  const stay = useCallback(() => {
    if (!canExtend) return;
    const used = extensions + 1;
    setExtensions(used);
    setSince(now());
    onExtend?.(used);
  }, [canExtend, extensions, now, onExtend]);

  const resume = useCallback(() => {
    expiredFired.current = false;
    setSince(now());
    onResume?.();
  }, [now, onResume]);

  if (disabled) return null;
  if (phase === 'expired') {
    return (
      <Alert variant="warning" live="assertive" title={t('flow.timeout.expiredTitle')} headingLevel={2} className="yf-timeout__expired" actions={<Button onClick={resume}>{t('flow.timeout.resume')}</Button>}>
        <p>{t('flow.timeout.expiredBody')}</p>
      </Alert>
    );
  }
  if (phase === 'warning' && !canExtend) {
    // Extensions used up: still say when the page will pause, without a dialog in the way.
    return (
      <Alert variant="warning" title={t('flow.timeout.title')} headingLevel={2} className="yf-timeout__expired">
        <p>{t('flow.timeout.body', { time: timeText(msLeft, t) })}</p>
      </Alert>
    );
  }
  return (
    <Dialog
      open={phase === 'warning' && canExtend}
      onOpenChange={(open) => {
        if (!open) stay(); // Esc or the × also mean "I'm here"
      }}
      title={t('flow.timeout.title')}
      description={t('flow.timeout.body', { time: timeText(msLeft, t) })}
      size="small"
      hideClose
      footer={
        <Button variant="primary" fullWidth onClick={stay} className="yf-timeout__stay">
          {t('flow.timeout.stay')}
        </Button>
      }
    />
  );
}
