// dist/yinfa-toolbar-help.js: the toolbar's 帮助 view and its words, loaded when help is first opened
// (deferred/toolbar-help.ts). The same code as @yinfa/dom's toolbar/help.ts.
import { helpView } from '../../dom/src/toolbar/help';

(window as unknown as Record<string, unknown>).__yinfaToolbarHelp = { helpView };
