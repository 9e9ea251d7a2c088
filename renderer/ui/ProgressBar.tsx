/**
 * A compact progress bar (0–100) with an accessible value; `expected` adds a tick where progress would be
 * on pace today.
 */
export function ProgressBar({ value, label, expected }: { value: number; label: string; expected?: number | null }) {
  const rounded = Math.round(value);
  const pace = expected === null || expected === undefined ? null : Math.round(expected);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={rounded}
      aria-valuetext={pace === null ? `${rounded}%` : `${rounded}%, ${pace}% expected by now`}
    >
      <span className="progress-fill" style={{ width: `${rounded}%` }} />
      {pace !== null && <span className="progress-expected" style={{ left: `${pace}%` }} />}
    </span>
  );
}
