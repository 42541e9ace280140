// Side-effect entry: `import '@yinfa/elements/define'` registers every element.
import { defineYinfaElements } from './registry';

defineYinfaElements();
