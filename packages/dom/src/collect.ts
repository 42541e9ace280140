import { defaultMaxLength, splitSentences, toSpeechText, type Locale, type SpeechSegment } from '@yinfa/core';
import type { Part, ReadableItem } from './readable';

// What ./readable finds in reading order, turned into spoken sentences and found again on the page (the
// highlight, 连读 "from here").

/** Where a spoken segment sits on the page, for the highlight and for 连读 "from here". */
export interface SegmentTarget {
  element: Element;
  item: number;
  parts: Part[];
  start: number;
  end: number;
}

/**
 * Splits items into sentences: spoken text (normalised, author overrides applied) plus where each sits on the
 * page. The spoken text of a segment is worked out when it is first read (a getter, kept): normalising a
 * whole page's numbers, dates and amounts up front was a third of the time to the first word of 朗读本页
 * (about 50 ms at 4× CPU throttle on the Layui sample page). A sentence an author override silences
 * (`data-yinfa-speak=""`) is an empty segment, which the speech queue skips.
 */
export function itemsToSegments(items: readonly ReadableItem[], locale: Locale): { segments: SpeechSegment[]; targets: SegmentTarget[] } {
  const segments: SpeechSegment[] = [];
  const targets: SegmentTarget[] = [];
  items.forEach((item, itemIndex) => {
    const display = item.parts.map((p) => p.text).join('');
    for (const chunk of splitSentences(display, { maxLength: defaultMaxLength(locale) })) {
      if (!chunk.text.trim()) continue;
      let spoken: string | undefined;
      segments.push({
        get text() {
          return (spoken ??= spokenFor(item.parts, chunk.start, chunk.end, locale));
        },
        display: chunk.text.replace(/\s+/g, ' '),
      });
      targets.push({ element: item.element, item: itemIndex, parts: item.parts, start: chunk.start, end: chunk.end });
    }
  });
  return { segments, targets };
}

function spokenFor(parts: readonly Part[], start: number, end: number, locale: Locale): string {
  let out = '';
  let plain = '';
  let pos = 0;
  for (const part of parts) {
    const from = pos;
    const to = pos + part.text.length;
    pos = to;
    if (to <= start || from >= end) continue;
    if (part.spoken !== undefined) {
      // An override is read whole, with the sentence where it begins.
      if (from < start) continue;
      out += toSpeechText(plain, locale) + part.spoken;
      plain = '';
    } else plain += part.text.slice(Math.max(0, start - from), Math.min(part.text.length, end - from));
  }
  return (out + toSpeechText(plain, locale)).trim();
}

/** The DOM range of a segment (for the CSS Custom Highlight API); null when its words are not page text (a field's value, alt text). */
export function rangeFor(target: SegmentTarget): Range | null {
  const doc = target.element.ownerDocument;
  let pos = 0;
  let startNode: Text | null = null;
  let startOffset = 0;
  let endNode: Text | null = null;
  let endOffset = 0;
  for (const part of target.parts) {
    const from = pos;
    const to = pos + part.text.length;
    pos = to;
    if (!part.node || !part.node.isConnected || to <= target.start || from >= target.end) continue;
    const nodeLength = part.node.nodeValue?.length ?? 0;
    const clamp = (n: number) => Math.max(0, Math.min(nodeLength, n));
    if (!startNode) {
      startNode = part.node;
      startOffset = part.spoken !== undefined ? 0 : clamp(target.start - from);
    }
    endNode = part.node;
    endOffset = part.spoken !== undefined ? nodeLength : clamp(target.end - from);
  }
  if (!startNode || !endNode) return null;
  try {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/** The item that holds `node` (deepest first), for 指读 and for 连读 "from here". */
export function itemIndexFor(items: readonly ReadableItem[], node: Node | null): number {
  if (!node) return -1;
  let best = -1;
  items.forEach((item, i) => {
    if (item.element === node || item.element.contains(node)) {
      if (best === -1 || items[best]!.element.contains(item.element)) best = i;
    }
  });
  if (best !== -1) return best;
  // The node wraps items (a section was focused): its first item.
  return items.findIndex((item) => node.contains(item.element));
}
