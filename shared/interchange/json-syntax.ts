/** Where a text stops being JSON: its line and column (1-based) and what was found there. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  /** "unexpected "}"", "the text ends too soon", ... */
  readonly what: string;
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super('JSON syntax');
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

/** The offset just after the string that starts (with its quote) at `at`. */
function stringEnd(text: string, at: number): number {
  for (let index = at + 1; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x22) return index + 1;
    if (char < 0x20) throw new SyntaxAt(index);
    if (char !== 0x5c) continue;
    const escape = text[index + 1];
    if (escape === 'u') {
      for (let digit = index + 2; digit < index + 6; digit++) {
        if (!/[0-9a-fA-F]/.test(text[digit] ?? '')) throw new SyntaxAt(digit);
      }
      index += 5;
    } else if (escape !== undefined && ESCAPES.has(escape)) index++;
    else throw new SyntaxAt(index + 1);
  }
  throw new SyntaxAt(text.length);
}

/** The offset just after the number, literal or string that starts at `at` (objects and arrays are not scalars). */
function scalarEnd(text: string, at: number): number {
  if (text[at] === '"') return stringEnd(text, at);
  for (const literal of LITERALS) {
    if (text[at] !== literal[0]) continue;
    for (let index = 0; index < literal.length; index++) {
      if (text[at + index] !== literal[index]) throw new SyntaxAt(at + index);
    }
    return at + literal.length;
  }
  NUMBER.lastIndex = at;
  if (!NUMBER.test(text)) throw new SyntaxAt(at);
  return NUMBER.lastIndex;
}

/**
 * The offset of the first character of `text` that cannot be JSON where it stands (`text.length` when the
 * text ends too soon), or -1 when it is JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  const open: ('{' | '[')[] = [];
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value' = 'value';
  let at = 0;
  try {
    for (;;) {
      at = skipWhitespace(text, at);
      const char = text[at];
      if (expect === 'after-value') {
        const container = open.at(-1);
        if (container === undefined) return at < text.length ? at : -1;
        if (char === ',') expect = container === '{' ? 'key' : 'value';
        else if (char === (container === '{' ? '}' : ']')) open.pop();
        else return at;
        at++;
      } else if (char === undefined) {
        return at;
      } else if ((expect === 'key-or-close' && char === '}') || (expect === 'value-or-close' && char === ']')) {
        open.pop();
        at++;
        expect = 'after-value';
      } else if (expect === 'key' || expect === 'key-or-close') {
        if (char !== '"') return at;
        at = skipWhitespace(text, stringEnd(text, at));
        if (text[at] !== ':') return at;
        at++;
        expect = 'value';
      } else if (char === '{' || char === '[') {
        open.push(char);
        at++;
        expect = char === '{' ? 'key-or-close' : 'value-or-close';
      } else {
        at = scalarEnd(text, at);
        expect = 'after-value';
      }
    }
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

/** Where and why `text` is not JSON, or null when it is. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const offset = jsonSyntaxErrorOffset(text);
  if (offset < 0) return null;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  const found = text.codePointAt(offset);
  const what =
    found === undefined
      ? 'the text ends too soon'
      : found < 0x20
        ? `unexpected control character U+${found.toString(16).toUpperCase().padStart(4, '0')}`
        : `unexpected ${JSON.stringify(String.fromCodePoint(found))}`;
  return { line, column: offset - lineStart + 1, what };
}
