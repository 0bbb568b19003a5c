/**
 * Where the bytes of dist/campus-widgets.js go: builds the all-in-one bundle in memory, then once
 * without each element, and prints what each element adds (gzip) and what they all share
 * (lit, zod, src/internal). `npm run size:breakdown`; informative, not a check.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { minify } from 'terser';
import { build } from 'vite';

const elements = ['event-banner', 'callback-form', 'article-card'];
const dir = resolve('.tmp/size-breakdown');

async function gzipOf(defined) {
  const entry = resolve(dir, `${defined.join('+') || 'none'}.ts`);
  writeFileSync(entry, defined.map((tag) => `import '../../src/${tag}/define.ts';`).join('\n') + '\nexport {};\n');
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      minifyTemplateLiterals({ include: 'src/**/*.ts', failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
      // As vite.config.ts: package.json `sideEffects` would otherwise drop the define modules (an empty bundle).
      { name: 'define-side-effects', transform: (code, id) => (/[\\/]src[\\/].+[\\/]define\.ts$/.test(id) ? { code, moduleSideEffects: true } : undefined) },
    ],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  // The static part only — the entry and the chunks it imports statically (the lazy chunks'
  // shared code may land in one of those) —, through the same terser pass as vite.config.ts:
  // what a page downloads first.
  const chunks = new Map(output.output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = new Set();
  const visit = (chunk) => {
    if (closure.has(chunk)) return;
    closure.add(chunk);
    chunk.imports.forEach((name) => visit(chunks.get(name)));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  let bytes = 0;
  for (const chunk of closure) {
    const { code } = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
    bytes += gzipSync(code, { level: 9 }).length;
  }
  return bytes;
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
try {
  const all = await gzipOf(elements);
  console.log(`campus-widgets.js (all three)   ${all}`);
  let own = 0;
  for (const tag of elements) {
    const without = await gzipOf(elements.filter((other) => other !== tag));
    own += all - without;
    console.log(`  ${tag.padEnd(30)}+${all - without}   (alone: ${await gzipOf([tag])})`);
  }
  console.log(`  shared (lit, zod, internal)    ${all - own}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
