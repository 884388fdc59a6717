// The Adaptive Card template language, as far as the advice's templates (cards/*.json: the cards the
// side panel shows) use it: property paths, `$data`, `$when`, `count()`, comparisons and
// interpolation. The side panel's page expands the cards with it (its bundle puts it in
// cardTemplate.ts's place) instead of adaptivecards-templating, whose expression engine
// (adaptive-expressions, on antlr4ts) is about 240 KB gzipped in the page. The bot uses the package
// for every template. Tests compare the two on every card the panel can show, and a construct
// outside the subset is refused when a template is prepared, failing the tests.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Expr =
  | { kind: 'path'; text: string; head: string; rest: string[] }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'count'; arg: Expr }
  | { kind: 'not'; arg: Expr }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr };

type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';

/** A string with `${…}` in it: literal pieces and expressions, in order. */
interface Interpolated {
  kind: 'interpolated';
  parts: (string | { expr: Expr; source: string })[];
}

type Prepared = Interpolated | Prepared[] | { [key: string]: Prepared } | Exclude<Json, string | Json[] | object> | string;

/** Fields the template language reserves: never copied into the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

export class TemplateError extends Error {}

// ---- parsing ----

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Expr {
    const expr = this.comparison();
    this.space();
    if (this.at !== this.text.length) this.fail('unexpected text');
    return expr;
  }

  private fail(why: string): never {
    throw new TemplateError(`template expression "${this.text}": ${why} at ${this.at} (outside the supported subset)`);
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private comparison(): Expr {
    const left = this.unary();
    this.space();
    const op = (['==', '!=', '>=', '<=', '>', '<'] as const).find((o) => this.text.startsWith(o, this.at));
    if (!op) return left;
    this.at += op.length;
    return { kind: 'compare', op, left, right: this.unary() };
  }

  private unary(): Expr {
    this.space();
    const ch = this.text[this.at];
    if (ch === '!') {
      this.at++;
      return { kind: 'not', arg: this.unary() };
    }
    if (ch === "'") {
      const end = this.text.indexOf("'", this.at + 1);
      if (end < 0) this.fail('unterminated string');
      const value = this.text.slice(this.at + 1, end);
      if (value.includes('\\')) this.fail('escapes in strings');
      this.at = end + 1;
      return { kind: 'literal', value };
    }
    const number = /^\d+(?:\.\d+)?/.exec(this.text.slice(this.at));
    if (number) {
      this.at += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    const word = /^\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(this.text.slice(this.at));
    if (!word) this.fail('expected a value');
    this.at += word[0].length;
    if (word[0] === 'true' || word[0] === 'false') return { kind: 'literal', value: word[0] === 'true' };
    this.space();
    if (this.text[this.at] === '(') {
      if (word[0] !== 'count') this.fail(`function ${word[0]}`);
      this.at++;
      const arg = this.comparison();
      this.space();
      if (this.text[this.at] !== ')') this.fail('expected )');
      this.at++;
      return { kind: 'count', arg };
    }
    const [head, ...rest] = word[0].split('.');
    return { kind: 'path', text: word[0], head: head!, rest };
  }
}

function parseInterpolated(text: string): Interpolated {
  const parts: Interpolated['parts'] = [];
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('${', at);
    if (start < 0) {
      parts.push(text.slice(at));
      break;
    }
    if (start > at) parts.push(text.slice(at, start));
    const end = text.indexOf('}', start + 2);
    if (end < 0) throw new TemplateError(`template string "${text}": unterminated \${`);
    const source = text.slice(start + 2, end);
    parts.push({ expr: new Parser(source).parse(), source });
    at = end + 1;
  }
  return { kind: 'interpolated', parts };
}

function prepare(node: unknown): Prepared {
  if (typeof node === 'string') return node.includes('${') ? parseInterpolated(node) : node;
  if (Array.isArray(node)) return node.map(prepare);
  if (node !== null && typeof node === 'object') {
    const out: { [key: string]: Prepared } = {};
    for (const [key, value] of Object.entries(node)) out[key] = prepare(value);
    return out;
  }
  if (node === undefined || typeof node === 'function' || typeof node === 'symbol' || typeof node === 'bigint') throw new TemplateError('a template is JSON');
  return node as Prepared;
}

// ---- evaluation ----

interface Scope {
  root: unknown;
  data: unknown;
  index: number | undefined;
}

/** A missing value: the package writes the expression back, as `${path}`, where a string needs text. */
const MISSING = Symbol('missing');
type Value = unknown;

function member(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return MISSING;
  if (!Object.prototype.hasOwnProperty.call(value, key)) return MISSING;
  const found = (value as Record<string, unknown>)[key];
  return found === undefined || found === null ? MISSING : found;
}

function evaluate(expr: Expr, scope: Scope): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'path': {
      let value: unknown;
      if (expr.head === '$root') value = scope.root;
      else if (expr.head === '$data') value = scope.data;
      else if (expr.head === '$index') value = scope.index ?? MISSING;
      else if (expr.head.startsWith('$')) throw new TemplateError(`template path ${expr.text}: ${expr.head} is outside the supported subset`);
      else value = member(scope.data, expr.head);
      for (const key of expr.rest) value = value === MISSING ? MISSING : member(value, key);
      return value;
    }
    case 'count': {
      const value = evaluate(expr.arg, scope);
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      throw new TemplateError('count() of something that is neither a list nor a string');
    }
    case 'not':
      return !truthy(evaluate(expr.arg, scope));
    case 'compare':
      return compare(expr.op, evaluate(expr.left, scope), evaluate(expr.right, scope));
  }
}

function truthy(value: Value): boolean {
  return value !== MISSING && value !== false && value !== null && value !== undefined;
}

function compare(op: CompareOp, left: Value, right: Value): boolean {
  const l = left === MISSING ? undefined : left;
  const r = right === MISSING ? undefined : right;
  switch (op) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    default: {
      if (typeof l !== 'number' || typeof r !== 'number') throw new TemplateError(`${op} needs two numbers`);
      return op === '>' ? l > r : op === '>=' ? l >= r : op === '<' ? l < r : l <= r;
    }
  }
}

/** A string's value: one lone expression keeps its type; anything else is text. */
function interpolate(node: Interpolated, scope: Scope): Value {
  const only = node.parts.length === 1 ? node.parts[0] : undefined;
  if (only !== undefined && typeof only !== 'string') {
    const value = evaluate(only.expr, scope);
    return value === MISSING ? `\${${only.source}}` : value;
  }
  let text = '';
  for (const part of node.parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = evaluate(part.expr, scope);
    text += value === MISSING ? `\${${part.source}}` : String(value);
  }
  return text;
}

function isInterpolated(node: Prepared): node is Interpolated {
  return (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    (node as Interpolated).kind === 'interpolated' &&
    Array.isArray((node as Interpolated).parts)
  );
}

/** Expands a node; null means "nothing here" (a `$when` that is false, an empty `$data` list). */
function expandNode(node: Prepared, scope: Scope): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const item of node) {
      const value: unknown = expandNode(item, scope);
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...(value as unknown[]));
      else out.push(value);
    }
    return out;
  }
  if (isInterpolated(node)) return interpolate(node, scope);
  if (node === null || typeof node !== 'object') return node;

  const object = node as { [key: string]: Prepared };
  const when = object.$when;
  let contexts: { data: unknown; index: number | undefined }[] = [{ data: scope.data, index: scope.index }];
  if (object.$data !== undefined) {
    const data: unknown = isInterpolated(object.$data) ? interpolate(object.$data, scope) : expandNode(object.$data, scope);
    contexts = Array.isArray(data)
      ? (data as unknown[]).map((item, index) => ({ data: item === undefined ? scope.data : item, index }))
      : [{ data: data === undefined ? scope.data : data, index: scope.index }];
  }
  const results: Record<string, unknown>[] = [];
  for (const context of contexts) {
    const inner: Scope = { root: scope.root, data: context.data, index: context.index };
    // Only an expression that gives true keeps the object; any other truthy `$when` drops it, as in the package.
    if (when !== undefined && isInterpolated(when) ? interpolateStrict(when, inner) !== true : Boolean(when)) continue;
    const expanded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      if (RESERVED.has(key)) continue;
      const result = expandNode(value, inner);
      if (result !== undefined) expanded[key] = result;
    }
    results.push(expanded);
  }
  if (results.length === 0) return null;
  return results.length === 1 ? results[0] : results;
}

/** `$when` is evaluated without writing missing values back: a missing value is just not true. */
function interpolateStrict(node: Interpolated, scope: Scope): Value {
  const only = node.parts.length === 1 ? node.parts[0] : undefined;
  if (only === undefined || typeof only === 'string') return interpolate(node, scope);
  try {
    return evaluate(only.expr, scope);
  } catch {
    return false;
  }
}

/** The same shape as cardTemplate.ts's Template, for what cards.ts uses of it. */
export class Template {
  private readonly prepared: Prepared;

  constructor(payload: unknown) {
    this.prepared = prepare(payload);
  }

  expand(context: { $root: unknown }): unknown {
    return expandNode(this.prepared, { root: context.$root, data: context.$root, index: undefined });
  }
}
