import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset, jsonSyntaxProblem } from './json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonSyntaxProblem', () => {
  it('names the line, column and character where the text stops being JSON', () => {
    expect(jsonSyntaxProblem('{\n  "a": 1,\n  "b": }')).toEqual({ line: 3, column: 8, what: 'unexpected "}"' });
    expect(jsonSyntaxProblem('{"a": 1')).toEqual({ line: 1, column: 8, what: 'the text ends too soon' });
    expect(jsonSyntaxProblem('[tru]')).toEqual({ line: 1, column: 5, what: 'unexpected "]"' });
    expect(jsonSyntaxProblem('{"a": 1}\r\n x')).toEqual({ line: 2, column: 2, what: 'unexpected "x"' });
    expect(jsonSyntaxProblem('["a\tb"]')?.what).toBe('unexpected control character U+0009');
    expect(jsonSyntaxProblem('[01]')?.column).toBe(3);
    expect(jsonSyntaxProblem('')).toEqual({ line: 1, column: 1, what: 'the text ends too soon' });
    expect(jsonSyntaxProblem(' {"a": [1, 2.5e3, -0, true, null, "\\u00e9\\n"]} ')).toBeNull();
  });

  it('handles deep nesting without overflowing the stack', () => {
    expect(jsonSyntaxErrorOffset('['.repeat(200_000) + ']'.repeat(200_000))).toBe(-1);
  });

  it('agrees with JSON.parse on what is JSON (property)', () => {
    const almostJson = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', '\\', 'x', ' ', '0'));
    fc.assert(
      fc.property(almostJson, ([json, at, insert]) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut + (insert === '' ? 1 : 0));
        expect(jsonSyntaxErrorOffset(text) === -1).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });
});
