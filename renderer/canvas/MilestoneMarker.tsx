import { memo } from 'react';
import type { Milestone, TimeScale } from '../../shared';
import { formatDay } from '../ui/format';

interface MilestoneMarkerProps {
  milestone: Milestone;
  scale: TimeScale;
  color: string;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** A milestone as a diamond at its date, with its title beside it. */
export const MilestoneMarker = memo(function MilestoneMarker({
  milestone,
  scale,
  color,
  selected,
  onSelect,
}: MilestoneMarkerProps) {
  const center = scale.xOf(milestone.date) + scale.pxPerDay / 2;
  return (
    <button
      type="button"
      className={`milestone${selected ? ' selected' : ''}`}
      data-drag="milestone"
      data-milestone-id={milestone.id}
      style={{ left: center, ['--lane-color' as string]: color }}
      aria-label={`${milestone.title}, milestone, ${formatDay(milestone.date)}`}
      aria-pressed={selected}
      title={`${milestone.title} · ${formatDay(milestone.date)}`}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(milestone.id);
      }}
    >
      <span className="diamond" aria-hidden="true" />
      <span className="milestone-title">{milestone.title}</span>
    </button>
  );
});
