import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Politeness } from './context';

export interface LiveAnnouncerHandle {
  announce: (message: string, politeness?: Politeness) => void;
}

/**
 * One persistent pair of live regions, mounted with the provider and never re-created: regions that
 * appear together with their message are often not read (reka-ui#1551, #2469). A repeated message is
 * cleared first and set again on the next frame so it is announced again.
 */
export const LiveAnnouncer = forwardRef<LiveAnnouncerHandle>(function LiveAnnouncer(_props, ref) {
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A message still pending when the provider unmounts is dropped (its region is gone).
  useEffect(() => () => clearTimeout(timer.current), []);

  useImperativeHandle(ref, () => ({
    announce(message, politeness = 'polite') {
      const set = politeness === 'assertive' ? setAssertive : setPolite;
      set('');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => set(String(message ?? '')), 50);
    },
  }));

  return (
    <div className="yf-visually-hidden" data-yinfa-announcer="">
      <div role="status" aria-live="polite" aria-atomic="true" data-politeness="polite">
        {polite}
      </div>
      <div aria-live="assertive" aria-atomic="true" data-politeness="assertive">
        {assertive}
      </div>
    </div>
  );
});
