const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion'] as const;

function underThousand(n: number): string {
  const parts: string[] = [];
  if (n >= 100) {
    parts.push(`${ONES[Math.floor(n / 100)]} hundred`);
    n %= 100;
  }
  if (n >= 20) parts.push(TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : ''));
  else if (n > 0 || parts.length === 0) parts.push(ONES[n]!);
  return parts.join(' ');
}

/** Reads a whole number in English words: 1234 → "one thousand two hundred thirty-four". '' when not a safe integer. */
export function numberToEnglish(value: number): string {
  if (!Number.isSafeInteger(value)) return '';
  if (value < 0) return `minus ${numberToEnglish(-value)}`;
  if (value === 0) return 'zero';
  const groups: string[] = [];
  let rest = value;
  let i = 0;
  while (rest > 0) {
    const g = rest % 1000;
    if (g) groups.unshift(underThousand(g) + (SCALES[i] ? ` ${SCALES[i]}` : ''));
    rest = Math.floor(rest / 1000);
    i++;
  }
  return groups.join(' ');
}
