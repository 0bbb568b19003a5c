/**
 * The one door to zod in shipped code: zod 4's validators (`zod/v4/core`, the engine zod and
 * zod/mini are both built on), with the few zod/mini builders our schemas use, under the same
 * names and with the same behaviour: `string`, `object`, `optional`, `custom`, `refine`,
 * `overwrite`, `schema.check(...)`, `schema.safeParse(...)`, `infer`. No `array`: zod's array
 * schema alone weighs ~390 B gzip in every data element's entry; the one list of plain values
 * in a payload (`tags`) is a `custom` check, and lists of items are read item by item
 * (`parseItems`, a tolerant reader).
 *
 * Why not `import * as z from 'zod/mini'`: every zod/mini schema carries on its prototype
 * `parse`, `parseAsync`, `safeParseAsync`, `clone`, `brand`, `register`, `apply`…, so their code
 * (and the async parser and thrown-error paths behind them) ships whether or not anything calls
 * them: ~0.6 KB gzip in the banner's and the card's entries, an eighth of the validator's weight.
 * What validates — the schema classes, their checks, issues and messages — is zod's own code.
 *
 * zod 4 probes `new Function` the first time it parses an object, unless `jitless` is set; a
 * page served with a strict CSP reports that probe as a violation even though zod catches it.
 * Every schema is built through this module, so the setting is in force before anything parses.
 *
 * A namespace import, as zod's own docs advise for tree-shaking: from a single re-exported
 * object, esbuild (Angular's builder and others) would keep every zod locale.
 */
import * as core from 'zod/v4/core';

core.config({ jitless: true });

/** A schema: zod's own, plus the two zod/mini methods our code calls. */
export type Schema<S extends core.$ZodType = core.$ZodType> = S & {
  /** The same schema with `checks` run after its own (zod/mini's `.check()`). */
  check(...checks: core.$ZodCheck<core.output<S>>[]): Schema<S>;
  /** Validates `data`: `{ success: true, data }` or `{ success: false, error }` with zod's issues. */
  safeParse(data: unknown): core.util.SafeParseResult<core.output<S>>;
};

/** What a schema gives back once it accepts data (zod's `z.infer`). */
export type infer<S> = core.output<S>;

function schema<S extends core.$ZodType>(inner: S): Schema<S> {
  return Object.assign(inner, {
    check: (...checks: core.$ZodCheck<core.output<S>>[]) => {
      const def = inner._zod.def;
      return schema(core.util.clone(inner, { ...def, checks: [...(def.checks ?? []), ...checks] }));
    },
    safeParse: (data: unknown) => core.safeParse(inner, data),
  });
}

export const string = (): Schema<core.$ZodString> => schema(new core.$ZodString({ type: 'string' }));

export const optional = <T extends core.$ZodType>(innerType: T): Schema<core.$ZodOptional<T>> =>
  schema(new core.$ZodOptional({ type: 'optional', innerType }) as core.$ZodOptional<T>);

/** Unknown keys are left out of the result, as zod/mini's `object` does. */
export const object = <Shape extends core.$ZodShape>(shape: Shape): Schema<core.$ZodObject<Shape, core.$strip>> =>
  schema(new core.$ZodObject({ type: 'object', shape }) as core.$ZodObject<Shape, core.$strip>);

/** Any value `check` accepts (every value without one), typed as `T`. */
export const custom = <T>(check?: (value: unknown) => unknown): Schema<core.$ZodCustom<T, unknown>> =>
  schema(new core.$ZodCustom({ type: 'custom', check: 'custom', fn: check ?? (() => true), abort: true }) as core.$ZodCustom<T, unknown>);

/** What a failed `refine` says: the message, and where (`path`) or with what (`params`) it applies. */
export type RefineParams = string | { message?: string; path?: PropertyKey[]; params?: Record<string, unknown> };

/** A check: `accepts` says whether a value is valid; without a message, zod's "Invalid input". */
export function refine<T>(accepts: (value: T) => unknown, params: RefineParams = {}): core.$ZodCheck<T> {
  const { message, ...where } = typeof params === 'string' ? { message: params } : params;
  const def = { type: 'custom', check: 'custom', fn: accepts, ...where, ...(message && { error: () => message }) } as const;
  return new core.$ZodCustom(def as core.$ZodCustomDef) as core.$ZodCheck<T>;
}

/** A check that replaces the value with `transform(value)` (same type), as zod/mini's `overwrite`. */
export const overwrite = <T>(transform: (value: T) => T): core.$ZodCheck<T> => core._overwrite(transform);
