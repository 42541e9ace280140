// Side-effect entry: `import '@yinfa/elements/define'` registers every element.
import { defineYinfaElements } from './registry';

defineYinfaElements();

// Importing this entry also brings the element types (HTMLElementTagNameMap, event details).
export type { YinfaEventMap } from './types';
