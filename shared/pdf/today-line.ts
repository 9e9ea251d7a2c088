import type { MeasureText } from './text-fit';
import type { TextBox } from './plan';

/**
 * The today line from `top` to `bottom` at `x`, as the pieces to draw: broken where it would cross a label
 * (a bar's title beside it, a milestone's name), so no text is struck through.
 */
export function todaySegments(
  x: number,
  top: number,
  bottom: number,
  labels: readonly TextBox[],
  measure: MeasureText,
): [number, number][] {
  const gaps = labels
    .filter(
      (label) => label.text && label.x - 1.5 <= x && x <= label.x + measure(label.text, label.size, label.bold) + 1.5,
    )
    .map((label): [number, number] => [label.y - 1, label.y + label.size + 1.5])
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let from = top;
  for (const [gapTop, gapBottom] of gaps) {
    if (gapTop > from) segments.push([from, Math.min(gapTop, bottom)]);
    from = Math.max(from, gapBottom);
  }
  if (from < bottom) segments.push([from, bottom]);
  return segments.filter(([a, b]) => b > a);
}
