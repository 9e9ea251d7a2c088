import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { INITIATIVE_STATUS_LABELS, type HorizonKey, type Initiative } from '../../shared';
import { useRoadmap } from '../state/session-context';
import { formatRange } from '../ui/format';
import type { CardDragData } from './use-board-drag';

interface BoardCardProps {
  initiative: Initiative;
  /** The cell it is in (as its parts, so the memo holds between renders). */
  laneKey: string;
  horizon: HorizonKey;
  color: string;
  selected: boolean;
  /** Unfinished, and it should have ended before Now. */
  late: boolean;
  /** Carried along by another selected card being dragged. */
  lifted: boolean;
  /** Cards move (not read-only): they say how. */
  movable: boolean;
  /** `additive`: Shift, Ctrl or Cmd was held (add to or take from the selection). */
  onSelect: (id: string, additive: boolean) => void;
}

/** One initiative on the board: a button named by its title that picks up to move (pointer or keyboard). */
export const BoardCard = memo(function BoardCard({
  initiative,
  laneKey,
  horizon,
  color,
  selected,
  late,
  lifted,
  movable,
  onSelect,
}: BoardCardProps) {
  const data: CardDragData = { title: initiative.title, cell: { laneKey, horizon } };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: initiative.id, data });
  const serves = useServedKeyResults(initiative);
  const status = INITIATIVE_STATUS_LABELS[initiative.status];
  const range = formatRange(initiative.startDate, initiative.endDate);
  return (
    <button
      type="button"
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // A button, named by its title; how to move it is dnd-kit's description (aria-describedby).
      aria-roledescription={undefined}
      aria-describedby={movable ? attributes['aria-describedby'] : undefined}
      aria-pressed={selected}
      aria-label={initiative.title}
      aria-description={describe(initiative, status, range, serves, late)}
      className={`board-card status-${initiative.status}${selected ? ' selected' : ''}${isDragging || lifted ? ' lifted' : ''}${late ? ' late' : ''}`}
      data-card-id={initiative.id}
      style={{ ['--lane-color' as string]: color }}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(initiative.id, event.shiftKey || event.ctrlKey || event.metaKey);
      }}
    >
      <CardBody initiative={initiative} status={status} range={range} serves={serves} late={late} />
    </button>
  );
});

/** What a card shows: title, status and progress, the key results it serves, its dates. */
export function CardBody({
  initiative,
  status,
  range,
  serves,
  late,
}: {
  initiative: Initiative;
  status: string;
  range: string;
  serves: readonly string[];
  late: boolean;
}) {
  return (
    <>
      <span className="board-card-title">{initiative.title}</span>
      <span className="board-card-standing">
        <span className="board-card-status">{status}</span>
        <span className="board-card-progress" aria-hidden="true">
          <span className="board-card-progress-fill" style={{ width: `${initiative.progress}%` }} />
        </span>
        <span className="board-card-percent">{initiative.progress}%</span>
      </span>
      {serves.length > 0 && (
        <span className="board-card-krs">
          {serves.map((title, index) => (
            <span key={index} className="board-card-kr">
              {title}
            </span>
          ))}
        </span>
      )}
      <span className="board-card-dates">
        {late ? 'Late · ' : ''}
        {range}
      </span>
    </>
  );
}

/** The titles of the key results an initiative serves; a check-in elsewhere leaves the card alone. */
export function useServedKeyResults(initiative: Initiative): readonly string[] {
  const joined = useRoadmap((snapshot) =>
    initiative.keyResultIds
      .flatMap((id) => {
        const keyResult = snapshot.keyResults.get(id);
        return keyResult ? [keyResult.title] : [];
      })
      .join('\n'),
  );
  return joined === '' ? NONE : joined.split('\n');
}

const NONE: readonly string[] = [];

function describe(initiative: Initiative, status: string, range: string, serves: readonly string[], late: boolean) {
  return [
    `${status}, ${initiative.progress}% done`,
    late ? `late: ${range}` : range,
    serves.length > 0 ? `Serves ${serves.join(', ')}` : 'Serves no key result',
  ].join('. ');
}
