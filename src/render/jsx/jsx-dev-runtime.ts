/**
 * The development entry of our JSX runtime (used by vitest, which compiles JSX in development
 * mode): the same rendering as ./jsx-runtime.ts; the extra debugging arguments are ignored.
 */
export { Fragment, type JSX, jsx as jsxDEV } from './jsx-runtime.js';
