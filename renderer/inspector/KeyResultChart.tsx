import { formatLocaleNumber, fromEpochDay, toEpochDay, type KeyResultStanding } from '../../shared';
import { formatDay } from '../ui/format';

const WIDTH = 280;
const HEIGHT = 96;
const PAD = { left: 4, right: 4, top: 8, bottom: 14 };

/**
 * A key result's value over time: its check-ins as a line, the baseline and target as dashed levels, and
 * the expected line from baseline at the period's start to target at its end (where it has a period).
 */
export function KeyResultChart({ standing, today }: { standing: KeyResultStanding; today: string }) {
  const { keyResult, period } = standing;
  const points = keyResult.checkIns;
  if (points.length === 0 && !period) return null;
  const days = [
    ...points.map((point) => toEpochDay(point.date)),
    ...(period ? [toEpochDay(period.start), toEpochDay(period.end)] : []),
    toEpochDay(today),
  ];
  const first = Math.min(...days);
  const last = Math.max(first + 1, ...days);
  const values = [keyResult.baseline, keyResult.target, ...points.map((point) => point.value)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) [low, high] = [low - 1, high + 1];
  const x = (day: number) => PAD.left + ((day - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = points.map((point) => `${x(toEpochDay(point.date)).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const unit = keyResult.unit.trim();
  const summary =
    points.length === 0
      ? 'No check-ins yet.'
      : `${points.length} check-in${points.length === 1 ? '' : 's'} from ${formatDay(points[0]!.date)} to ${formatDay(points.at(-1)!.date)}, latest ${formatLocaleNumber(keyResult.current)}${unit ? ` ${unit}` : ''}; target ${formatLocaleNumber(keyResult.target)}.`;
  return (
    <figure className="kr-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
        <line
          className="kr-chart-level"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(keyResult.target)}
          y2={y(keyResult.target)}
        />
        <line
          className="kr-chart-level baseline"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(keyResult.baseline)}
          y2={y(keyResult.baseline)}
        />
        {period && (
          <line
            className="kr-chart-expected"
            x1={x(toEpochDay(period.start))}
            y1={y(keyResult.baseline)}
            x2={x(toEpochDay(period.end))}
            y2={y(keyResult.target)}
          />
        )}
        <line
          className="kr-chart-today"
          x1={x(toEpochDay(today))}
          x2={x(toEpochDay(today))}
          y1={PAD.top - 4}
          y2={HEIGHT - PAD.bottom}
        />
        {points.length > 1 && <polyline className="kr-chart-line" points={line} />}
        {points.map((point) => (
          <circle
            key={point.id}
            className={`kr-chart-point confidence-${point.confidence}`}
            cx={x(toEpochDay(point.date))}
            cy={y(point.value)}
            r={3}
          />
        ))}
        <text className="kr-chart-label" x={WIDTH - PAD.right} y={y(keyResult.target) - 2} textAnchor="end">
          target {formatLocaleNumber(keyResult.target)}
        </text>
        <text className="kr-chart-label" x={PAD.left} y={HEIGHT - 2}>
          {formatDay(fromEpochDay(first))}
        </text>
        <text className="kr-chart-label" x={WIDTH - PAD.right} y={HEIGHT - 2} textAnchor="end">
          {formatDay(fromEpochDay(last))}
        </text>
      </svg>
      <figcaption className="kr-chart-legend">
        <span className="swatch-line" /> value <span className="swatch-line expected" /> expected{' '}
        <span className="swatch-line level" /> baseline and target
      </figcaption>
    </figure>
  );
}
