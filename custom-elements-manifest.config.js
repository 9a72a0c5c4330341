/** Generates dist/custom-elements.json from the elements' JSDoc (attributes, events, slots, parts, CSS properties). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/ui/locales/**', 'src/ui/locale-codes.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
