import { createElement, useContext, type ComponentType, type RefObject } from 'react';
import { sharedContext } from '../utils/sharedContext';

/** A read-aloud button that reads the element behind `target`. */
export type ReadAloudSlotComponent = ComponentType<{ target: RefObject<Element | null> }>;

/**
 * Where Alert, Banner and Dialog find their optional "读给我听" button. SpeechProvider fills it; without a
 * speech provider the slot is empty and no read-aloud control is shown (nothing that cannot speak offers to).
 * A context instead of an import keeps the speech code out of pages that never read aloud.
 */
export const ReadAloudSlotContext = sharedContext<ReadAloudSlotComponent | null>('ReadAloudSlotContext', null);

export function useReadAloudSlot(): ReadAloudSlotComponent | null {
  return useContext(ReadAloudSlotContext);
}

/** Renders the provider's read-aloud button for `target`, or nothing when no SpeechProvider can speak. */
export function ReadAloudOutlet({ target }: { target: RefObject<Element | null> }) {
  const Slot = useContext(ReadAloudSlotContext);
  return Slot ? createElement(Slot, { target }) : null;
}
