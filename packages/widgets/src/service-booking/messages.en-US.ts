// en-US words of the booking (./context.ts: its own catalogue over the flow kit's), in a module of their own
// so the script-tag builds can load them on demand (packages/elements/src/locale-packs.ts).
import { bookingEnUS } from '@yinfa/core';
import { flowEnUS } from '@yinfa/react';

export const bookingCatalogueEnUS = { ...bookingEnUS, ...flowEnUS };
