/** `npm run analyze` → custom-elements.json. Explicit globs: with none the analyzer reads dist/ too. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/define.ts', 'src/define.ts', 'src/classic-loader.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: the analyzer would point `customElements` at --outdir.
  packagejson: false,
};
