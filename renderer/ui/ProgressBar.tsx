/** A compact progress bar (0–100) with an accessible value. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const rounded = Math.round(value);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={rounded}
    >
      <span className="progress-fill" style={{ width: `${rounded}%` }} />
    </span>
  );
}
