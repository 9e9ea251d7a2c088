/**
 * Remembers the last result of `compute` and returns it again while every input is the same object:
 * derived views recompute only when a collection they read has changed.
 */
export function memoizeLast<Inputs extends readonly unknown[], Result>(
  compute: (...inputs: Inputs) => Result,
): (...inputs: Inputs) => Result {
  let lastInputs: Inputs | undefined;
  let lastResult: Result;
  return (...inputs: Inputs) => {
    if (lastInputs && inputs.length === lastInputs.length && inputs.every((input, i) => input === lastInputs![i])) {
      return lastResult;
    }
    lastInputs = inputs;
    lastResult = compute(...inputs);
    return lastResult;
  };
}
