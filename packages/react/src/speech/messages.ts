// The catalogue lives in @yinfa/core (shared with the framework-free toolbar in @yinfa/dom).
export { speechButtonMessages, speechMessages } from '@yinfa/core';
