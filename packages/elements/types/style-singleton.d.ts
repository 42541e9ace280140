// @yinfa/elements/style-singleton: a CSP-safe drop-in for react-style-singleton (alias it in your bundler).
import type { FC } from 'react';
export declare function stylesheetSingleton(): { add(style: string): void; remove(): void };
export declare function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void;
export declare function styleSingleton(): FC<{ styles: string; dynamic?: boolean }>;
