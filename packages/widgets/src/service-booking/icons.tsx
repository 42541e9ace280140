import type { SVGProps } from 'react';

const paths: Record<string, string> = {
  // a bowl with steam
  meal: 'M3 12h18a9 9 0 0 1-18 0zM8 3c0 2 2 2 2 4M12 3c0 2 2 2 2 4M16 3c0 2 2 2 2 4',
  // a cross in a circle
  medical: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM12 7v10M7 12h10',
  // a shower head and drops
  bath: 'M5 20V6a3 3 0 0 1 6 0M8 9h8M11 13v1M15 13v1M11 17v1M15 17v1M19 13v1M19 17v1',
  // a broom
  clean: 'M14 3l-4 9M6 12h8l3 9H3zM8 16v5M12 16v5',
  // a walking person with a cane
  mobility: 'M12 3a2 2 0 1 1 0 4a2 2 0 1 1 0-4zM12 8l-2 6 3 3v4M10 14l-3 7M13 10l4 2v9',
  // a basket
  shopping: 'M3 9h18l-2 11H5zM8 9l4-6 4 6M9 13v4M15 13v4',
};

/** The six service icons (decorative: the words beside them say the same). */
export function ServiceIcon({ kind, ...rest }: { kind: string } & SVGProps<SVGSVGElement>) {
  const d = paths[kind] ?? 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM12 8v5M12 16v.5';
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="yf-booking__icon" {...rest}>
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
