/**
 * The browser tests' one way to wait for paint (`frames`), from the audit package: the checks themselves
 * live in `@yinfa/audit/checks` (`packages/audit/src/checks/`), the one implementation the CLI also runs.
 */
export { frames } from '@yinfa/audit/checks';
