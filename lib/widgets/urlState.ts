/**
 * Shareable widget state in the URL's query string. A widget declares its parameters
 * once (how to read each from text, how to write it back, and its default); reading
 * never trusts the URL: a missing value takes the default, and a malformed or
 * out-of-range one takes the default *and* is reported, so the widget can say so.
 * Values are data, never markup: widgets render them as text.
 */
export interface ParamSpec<T> {
  /** Value when the parameter is absent or invalid. */
  default: T;
  /** Parses the raw text; returns undefined when it is not acceptable. */
  parse: (raw: string) => T | undefined;
  /** Text for the URL. */
  format: (value: T) => string;
}

/** A widget's parameters: `Schema<State>` names the state type; plain `Schema` accepts any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each parameter has its own value type
export type Schema<S = Record<string, any>> = { [K in keyof S]: ParamSpec<S[K]> };

/** The state a schema describes: each parameter's value type. */
export type StateOf<T extends Schema> = { [K in keyof T]: T[K] extends ParamSpec<infer V> ? V : never };

export interface ReadResult<S> {
  state: S;
  /** Names of parameters present in the URL but rejected. */
  rejected: (keyof S & string)[];
}

export function readState<T extends Schema>(schema: T, search: URLSearchParams): ReadResult<StateOf<T>> {
  type S = StateOf<T>;
  const state = {} as S;
  const rejected: (keyof S & string)[] = [];
  for (const key of Object.keys(schema) as (keyof S & string)[]) {
    const spec = schema[key];
    const raw = search.get(key);
    if (raw === null) {
      state[key] = spec.default;
      continue;
    }
    const value = spec.parse(raw);
    if (value === undefined) {
      state[key] = spec.default;
      rejected.push(key);
    } else {
      state[key] = value;
    }
  }
  return { state, rejected };
}

/** Writes `state` into `search` (a copy), leaving out values equal to their default. */
export function writeState<T extends Schema>(schema: T, state: StateOf<T>, search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of Object.keys(schema) as (keyof T & string)[]) {
    const spec = schema[key];
    const text = spec.format(state[key]);
    if (text === spec.format(spec.default)) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

/** An integer parameter within [min, max]. */
export function intParam(defaultValue: number, min: number, max: number): ParamSpec<number> {
  return {
    default: defaultValue,
    parse: (raw) => (/^-?\d+$/.test(raw.trim()) && +raw >= min && +raw <= max ? +raw : undefined),
    format: String,
  };
}

/** A number parameter within [min, max] (decimals allowed). */
export function numberParam(defaultValue: number, min: number, max: number): ParamSpec<number> {
  return {
    default: defaultValue,
    parse: (raw) => {
      if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim())) return undefined;
      const value = Number(raw);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    format: (v) => String(v),
  };
}

/** One of a fixed set of words. */
export function enumParam<T extends string>(defaultValue: T, values: readonly T[]): ParamSpec<T> {
  return {
    default: defaultValue,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    format: (v) => v,
  };
}

/** Free text up to `maxLength` characters; longer text is refused (the widget may cut it itself). */
export function textParam(defaultValue: string, maxLength: number): ParamSpec<string> {
  return {
    default: defaultValue,
    parse: (raw) => (raw.length <= maxLength ? raw : undefined),
    format: (v) => v,
  };
}

/** A yes/no switch written as 1 or 0. */
export function boolParam(defaultValue: boolean): ParamSpec<boolean> {
  return {
    default: defaultValue,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  };
}
