/**
 * The large cursors, shipped inside the package as inline SVG data URLs (no network, no .cur files).
 * 64×64 CSS px: well past the default 16–32 px, under Chrome's 128 px limit for custom cursors. Black
 * with a thick white edge so it shows on any page colour and any scheme.
 */
const ARROW_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<path d="M6 4 L6 52 L18 41 L27 60 L36 56 L27 37 L44 37 Z" fill="#000" stroke="#fff" stroke-width="4" stroke-linejoin="round"/></svg>';
const HAND_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<path d="M22 6 a5 5 0 0 1 10 0 V28 l2-1 a5 5 0 0 1 8 2 l1 1 a5 5 0 0 1 8 3 a5 5 0 0 1 7 4 V48 c0 8-6 14-14 14 H32 c-6 0-10-3-13-8 L8 36 a5 5 0 0 1 8-6 l6 6 Z" fill="#000" stroke="#fff" stroke-width="4" stroke-linejoin="round"/></svg>';

function dataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export const LARGE_CURSOR_URL = dataUrl(ARROW_SVG);
export const LARGE_POINTER_URL = dataUrl(HAND_SVG);

/** CSS cursor values with hotspots (arrow tip, fingertip) and the system cursor as the fallback. */
export const LARGE_CURSOR = `url("${LARGE_CURSOR_URL}") 6 4, auto`;
export const LARGE_POINTER = `url("${LARGE_POINTER_URL}") 27 2, pointer`;
