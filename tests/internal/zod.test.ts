import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as mini from 'zod/mini';
import * as z from '../../src/internal/zod.js';

/**
 * `src/internal/zod.ts` builds schemas from zod's core classes instead of zod/mini's wrappers
 * (to ship less code). Built the same way, a schema of ours and zod/mini's must give the same
 * answer for every input: success, data, and each issue's code, path, message and params.
 */
const blank = (value: string) => value.trim() !== '';
const ours = z.object({
  id: z.string().check(z.refine(blank, 'must not be blank')),
  count: z.optional(z.custom<number>((value) => typeof value === 'number')),
  title: z.object({ rendered: z.string().check(z.overwrite((value: string) => value.toUpperCase()), z.refine(blank)) }),
  note: z.optional(z.string().check(z.refine((value: string) => value.length <= 5, { params: { max: 5 } }))),
  any: z.optional(z.custom<unknown>()),
});
const theirs = mini.object({
  id: mini.string().check(mini.refine(blank, 'must not be blank')),
  count: mini.optional(mini.custom<number>((value) => typeof value === 'number')),
  title: mini.object({ rendered: mini.string().check(mini.overwrite((value: string) => value.toUpperCase()), mini.refine(blank)) }),
  note: mini.optional(mini.string().check(mini.refine((value: string) => value.length <= 5, { params: { max: 5 } }))),
  any: mini.optional(mini.custom<unknown>()),
});
const withPath = z.object({ id: z.optional(z.string()), url: z.optional(z.string()) }).check(
  z.refine((item: { id?: string; url?: string }) => !!(item.id ?? item.url), { message: 'needs an id or a url', path: ['id'] }),
);
const withPathMini = mini.object({ id: mini.optional(mini.string()), url: mini.optional(mini.string()) }).check(
  mini.refine((item: { id?: string; url?: string }) => !!(item.id ?? item.url), { message: 'needs an id or a url', path: ['id'] }),
);

type Result = { success: boolean; data?: unknown; error?: { issues: Array<Record<string, unknown>> } };
/** What a caller can see of a result: the data, or each issue's code, path, message and params. */
const seen = (result: Result) =>
  result.success
    ? { data: result.data }
    : { issues: result.error!.issues.map(({ code, path, message, params }) => ({ code, path, message, params })) };

/** Values shaped like the schema's input, right or wrong in every field. */
const candidate = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constant('  '), fc.integer()),
    count: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
    title: fc.oneof(fc.record({ rendered: fc.oneof(fc.string(), fc.constant(' '), fc.boolean()) }), fc.string()),
    note: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(undefined)),
    any: fc.anything(),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('internal/zod: zod/mini builders over zod core', () => {
  it('accepts, rejects and reports exactly as zod/mini does, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(candidate, fc.anything()), (input) => {
        expect(seen(ours.safeParse(input) as Result)).to.deep.equal(seen(theirs.safeParse(input) as Result));
      }),
      { numRuns: 500 },
    );
  });

  it('puts a refine on an object at the path it names, with its message', () => {
    for (const input of [{}, { url: 'https://ecole.example' }, { id: 7 }]) {
      expect(seen(withPath.safeParse(input) as Result)).to.deep.equal(seen(withPathMini.safeParse(input) as Result));
    }
    expect(seen(withPath.safeParse({}) as Result)).to.deep.equal({
      issues: [{ code: 'custom', path: ['id'], message: 'needs an id or a url', params: undefined }],
    });
  });

  it('keeps known keys only, and runs overwrite before the checks after it', () => {
    const result = ours.safeParse({ id: 'a', title: { rendered: 'titre', extra: 1 }, extra: 2 });
    expect(result.data).to.deep.equal({ id: 'a', title: { rendered: 'TITRE' } });
  });

  it('leaves the schema it was built from unchanged by check()', () => {
    const base = z.string();
    const checked = base.check(z.refine((value: string) => value === 'ok'));
    expect(base.safeParse('no').success).to.equal(true);
    expect(checked.safeParse('no').success).to.equal(false);
  });
});
