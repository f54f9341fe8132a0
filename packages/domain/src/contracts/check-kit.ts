/**
 * The browser's way to hold the server to its contracts without shipping zod (issue 15, ADR 0019):
 * scripts/generate-contract-checks.ts reads the zod contracts and writes, into generated/, the
 * same contracts built from these few pieces. Each piece does
 * what its zod counterpart does, issue for issue (code, path, the order zod runs checks in, when
 * a failed check stops the rest), so `fieldErrorsFromIssues` gives a form the same field codes as
 * the server's zod. contract-checks.unit.test.ts holds every generated check against zod.
 *
 * A check is a Standard Schema (https://standardschema.dev), as zod's schemas are: `ApiClient`
 * takes either, so the staff console keeps passing zod schemas.
 */

/** One problem, in zod's terms: its code and path, `keys` of unknown keys, `params` of text checks. */
export interface ContractIssue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly message: string;
  readonly keys?: string[];
  readonly params?: { readonly fieldCode: string };
  /** zod's flag: whether later checks of the same value still run after this one. */
  continue?: boolean;
}

export type CheckResult<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: ContractIssue[] };

/** What `ApiClient` accepts: a generated check or a zod schema (both are Standard Schemas). */
export interface StandardSchema<T> {
  readonly '~standard': {
    readonly validate: (
      value: unknown,
    ) =>
      | { readonly value: T; readonly issues?: undefined }
      | { readonly issues: readonly unknown[] }
      | Promise<{ readonly value: T; readonly issues?: undefined } | { readonly issues: readonly unknown[] }>;
  };
}

export interface Contract<T> extends StandardSchema<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => CheckResult<T>;
  };
}

/** A value on its way through a check, with the issues found so far (zod's payload). */
export interface Payload {
  v: unknown;
  i: ContractIssue[];
}

/** `oi`/`oo`: zod's optin/optout, which decide how an object treats the key when it is absent. */
export type Node = ((payload: Payload) => void) & { oi?: 'optional' | 'defaulted'; oo?: 'optional' };
/** `l`: runs like zod's length checks, on anything with a length, even after the type failed. */
export type Check = ((payload: Payload) => void) & { l?: true };

/** Checks `value` against a generated contract. */
export function check<T>(contract: Contract<T>, value: unknown): CheckResult<T> {
  return contract['~standard'].validate(value);
}

export function contract<T>(node: Node): Contract<T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'welcome-widgets',
      validate: (value) => {
        const payload: Payload = { v: value, i: [] };
        node(payload);
        return payload.i.length ? { issues: payload.i } : { value: payload.v as T };
      },
    },
  };
}

function push(payload: Payload, code: string, extra?: Partial<ContractIssue>): void {
  payload.i.push({ code, path: [], message: code, ...extra });
}

/** zod's `aborted`: an issue that does not let later checks run. */
const stops = (issues: ContractIssue[], from = 0) => issues.slice(from).some((issue) => issue.continue !== true);

function run(payload: Payload, checks: readonly Check[]): void {
  let stopped = stops(payload.i);
  for (const one of checks) {
    if (one.l) {
      const value = payload.v as { length?: unknown } | null | undefined;
      if (payload.i.some((issue) => issue.continue === false) || value == null || value.length === undefined) continue;
    } else if (stopped) continue;
    const before = payload.i.length;
    one(payload);
    if (!stopped && payload.i.length !== before) stopped = stops(payload.i, before);
  }
}

/** A value of one type, then its checks, as zod runs them. */
const typed =
  (is: (value: unknown) => boolean, checks: readonly Check[]): Node =>
  (payload) => {
    if (!is(payload.v)) push(payload, 'invalid_type');
    run(payload, checks);
  };

export const string = (...checks: Check[]): Node => typed((value) => typeof value === 'string', checks);

export const number = (...checks: Check[]): Node => typed(Number.isFinite, checks);

export const boolean = (): Node => typed((value) => typeof value === 'boolean', []);

/** An integer within JavaScript's safe range (zod's `int()`), then its checks. */
export const int = (...checks: Check[]): Node =>
  number(
    (payload) => {
      const value = payload.v as number;
      if (!Number.isInteger(value)) push(payload, 'invalid_type', { continue: false });
      else if (!Number.isSafeInteger(value)) push(payload, value > 0 ? 'too_big' : 'too_small', { continue: true });
    },
    ...checks,
  );

/** zod's `enum` and `literal`. */
export const oneOf =
  (values: readonly unknown[]): Node =>
  (payload) => {
    if (!values.includes(payload.v)) push(payload, 'invalid_value');
  };

/** Strings count code points, as zod does (an emoji is one character, not two). */
const lengthOf = (value: unknown) => (typeof value === 'string' ? [...value].length : (value as unknown[]).length);

const lengthCheck = (test: (length: number) => boolean, code: string): Check =>
  Object.assign((payload: Payload) => test(lengthOf(payload.v)) || push(payload, code, { continue: true }), {
    l: true as const,
  });

export const maxLength = (max: number) => lengthCheck((length) => length <= max, 'too_big');

export const minLength = (min: number) => lengthCheck((length) => length >= min, 'too_small');

export const min =
  (limit: number, inclusive: boolean): Check =>
  (payload) =>
    (inclusive ? (payload.v as number) >= limit : (payload.v as number) > limit) ||
    push(payload, 'too_small', { continue: true });

export const max =
  (limit: number, inclusive: boolean): Check =>
  (payload) =>
    (inclusive ? (payload.v as number) <= limit : (payload.v as number) < limit) ||
    push(payload, 'too_big', { continue: true });

/** zod's string formats (`email()`, `regex()`): a pattern the whole text must match. */
export const pattern =
  (expression: RegExp): Check =>
  (payload) => {
    expression.lastIndex = 0;
    if (!expression.test(payload.v as string)) push(payload, 'invalid_format', { continue: true });
  };

/** plain-text.ts's checks: none of the patterns may occur; the issue names its field code. */
export const refuse =
  (forbidden: readonly RegExp[], fieldCode: string): Check =>
  (payload) => {
    if (forbidden.some((expression) => expression.test(payload.v as string)))
      push(payload, 'custom', { params: { fieldCode }, continue: true });
  };

/** zod's `trim()`. */
export const trim: Check = (payload) => {
  payload.v = (payload.v as string).trim();
};

/** plain-text.ts's `multiLineText()`: CR LF stored as LF. */
export const lineFeeds: Check = (payload) => {
  payload.v = (payload.v as string).replace(/\r\n/g, '\n');
};

/** A value or `undefined`; an absent key is left out of the result, as zod does. */
export function optional(inner: Node): Node {
  const node: Node = (payload) => {
    if (payload.v !== undefined) inner(payload);
  };
  return Object.assign(node, { oi: 'optional' as const, oo: 'optional' as const });
}

export function nullable(inner: Node): Node {
  const node: Node = (payload) => {
    if (payload.v !== null) inner(payload);
  };
  return Object.assign(node, { oi: inner.oi, oo: inner.oo });
}

/** zod's `_default()`: `undefined` becomes the value (as zod does, unchecked). */
export function withDefault(inner: Node, value: unknown): Node {
  const node: Node = (payload) => {
    if (payload.v === undefined) payload.v = value;
    else {
      inner(payload);
      if (payload.v === undefined) payload.v = value;
    }
  };
  return Object.assign(node, { oi: 'defaulted' as const });
}

/** Runs `node` on one part of a value; its issues get `key` in front of their path. */
function part(node: Node, value: unknown, key: PropertyKey): Payload {
  const inner: Payload = { v: value, i: [] };
  node(inner);
  for (const issue of inner.i) issue.path.unshift(key);
  return inner;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * zod's `object()` (unknown keys dropped) and, with `strict`, `strictObject()` (unknown keys
 * refused). Assigning keys is safe: no shape has a `__proto__` key (the generator refuses one).
 */
export const object =
  (shape: Record<string, Node>, strict?: boolean): Node =>
  (payload) => {
    const input = payload.v;
    if (!isObject(input)) return push(payload, 'invalid_type');
    const output: Record<string, unknown> = {};
    for (const [key, node] of Object.entries(shape)) {
      const present = key in input;
      const result = part(node, input[key], key);
      if (!present && node.oo && node.oi === 'optional') continue;
      if (result.i.length) {
        if (node.oi && node.oo && !present) continue;
        payload.i.push(...result.i);
      }
      if (!present && !node.oi) {
        if (!result.i.length) push(payload, 'invalid_type', { path: [key] });
        continue;
      }
      // A key set to undefined stays, as in zod's output; only a default fills an absent one.
      if (result.v !== undefined || present || (node.oi === 'defaulted' && !node.oo)) output[key] = result.v;
    }
    payload.v = output;
    if (!strict) return;
    const keys: string[] = [];
    for (const key in input) if (!Object.hasOwn(shape, key)) keys.push(key);
    if (keys.length) push(payload, 'unrecognized_keys', { keys, continue: true });
  };

export const array =
  (element: Node, ...checks: Check[]): Node =>
  (payload) => {
    const input = payload.v;
    if (Array.isArray(input)) {
      payload.v = input.map((item, index) => {
        const result = part(element, item, index);
        payload.i.push(...result.i);
        return result.v;
      });
    } else push(payload, 'invalid_type');
    run(payload, checks);
  };

/**
 * zod's `record()`: with `keys` (an enum's values) every one of them must be there and no other;
 * without, any string key.
 */
export const record =
  (keys: readonly string[] | undefined, value: Node): Node =>
  (payload) => {
    const input = payload.v;
    const proto = isObject(input) ? Object.getPrototypeOf(input) : undefined;
    if (!isObject(input) || (proto !== null && proto !== Object.prototype)) return push(payload, 'invalid_type');
    const output: Record<string, unknown> = {};
    // Never `__proto__`: assigning it would replace the result's prototype (zod skips it too).
    for (const key of keys ?? Object.keys(input).filter((key) => key !== '__proto__')) {
      const result = part(value, input[key], key);
      payload.i.push(...result.i);
      output[key] = result.v;
    }
    payload.v = output;
    const unknown = keys ? Object.keys(input).filter((key) => !keys.includes(key)) : [];
    if (unknown.length) push(payload, 'unrecognized_keys', { keys: unknown, continue: true });
  };
