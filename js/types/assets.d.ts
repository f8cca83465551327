// Side-effect CSS imports and JSON data, as esbuild bundles them.
declare module "*.css";

/** True only in the browser tests' build of the bundle (esbuild --define). */
declare const AURORA_TEST_BUILD: boolean;
