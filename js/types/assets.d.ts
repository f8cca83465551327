// Side-effect CSS imports and JSON data, as esbuild bundles them.
declare module "*.css";
