/** A piece of the source text with its offsets, so the UI can highlight exactly what is being read. */
export interface TextChunk {
  text: string;
  start: number;
  end: number;
}

export interface SplitOptions {
  /** The longest chunk, in characters. Chrome cuts network voices off after ~15 s with no end event. */
  maxLength?: number;
}

/** ~40 Chinese characters ≈ 12 s at rate 0.7; ~140 Latin characters likewise. Both stay under Chrome's ~15 s cut-off. */
export function defaultMaxLength(lang = 'zh-CN'): number {
  return /^(zh|cmn|yue|ja|ko)/i.test(lang) ? 40 : 140;
}

const SENTENCE_END = /[。！？!?；;…]+[”"’'』」）)】]*|\.(?=\s|$)[”"’')]*|\n+/g;
const SOFT_BREAK = /[，,、：:]/g;
const HAS_WORDS = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences (。！？；… line breaks, and ". " in English), then force-splits any
 * sentence longer than maxLength at commas, then by length (never inside a number or an English word
 * when that can be avoided). Punctuation stays with its sentence; empty pieces are dropped.
 */
export function splitSentences(text: string, options: SplitOptions = {}): TextChunk[] {
  const source = String(text ?? '');
  const max = Math.max(8, Math.floor(options.maxLength ?? defaultMaxLength(/[\u3400-\u9fff]/.test(source) ? 'zh' : 'en')));
  const out: TextChunk[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    for (const piece of capLength(source, start, end, max)) {
      const trimmed = trimRange(source, piece.start, piece.end);
      if (trimmed && HAS_WORDS.test(source.slice(trimmed.start, trimmed.end))) out.push({ text: source.slice(trimmed.start, trimmed.end), ...trimmed });
    }
  };
  for (const m of source.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, source.length);
  return out;
}

function trimRange(s: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(s[start]!)) start++;
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function capLength(s: string, start: number, end: number, max: number): Array<{ start: number; end: number }> {
  if (end - start <= max) return [{ start, end }];
  // Greedy over comma-separated parts: as many whole parts per chunk as fit.
  const cuts: number[] = [];
  SOFT_BREAK.lastIndex = 0;
  for (const m of s.slice(start, end).matchAll(SOFT_BREAK)) cuts.push(start + m.index + 1);
  const pieces: Array<{ start: number; end: number }> = [];
  let pieceStart = start;
  let lastCut = -1;
  for (const cut of [...cuts, end]) {
    if (cut - pieceStart <= max) {
      lastCut = cut;
      continue;
    }
    if (lastCut > pieceStart) {
      pieces.push({ start: pieceStart, end: lastCut });
      pieceStart = lastCut;
    }
    while (cut - pieceStart > max) {
      const hard = hardCut(s, pieceStart, Math.min(cut, pieceStart + max), max);
      pieces.push({ start: pieceStart, end: hard });
      pieceStart = hard;
    }
    lastCut = cut;
  }
  if (pieceStart < end) pieces.push({ start: pieceStart, end });
  return pieces;
}

/** A cut at `limit`, moved back to a space or to the start of a run of digits/letters when that run is short. */
function hardCut(s: string, start: number, limit: number, max: number): number {
  let cut = limit;
  const minCut = start + Math.floor(max / 2);
  if (/[A-Za-z0-9]/.test(s[cut - 1] ?? '') && /[A-Za-z0-9]/.test(s[cut] ?? '')) {
    let back = cut;
    while (back > minCut && /[A-Za-z0-9.,]/.test(s[back - 1]!)) back--;
    if (back > minCut) cut = back;
  } else {
    const space = s.lastIndexOf(' ', cut);
    if (space > minCut && /[A-Za-z]/.test(s.slice(start, limit))) cut = space + 1;
  }
  // Never split a surrogate pair.
  if (/[\uDC00-\uDFFF]/.test(s[cut] ?? '')) cut--;
  return cut > start ? cut : limit;
}
