import { memo } from 'react';
import {
  INITIATIVE_STATUS_LABELS,
  type ComparedBar,
  selectViolatedDependencies,
  type ScheduledInitiative,
  type RoadmapSnapshot,
  type TimeScale,
} from '../../shared';
import { useRoadmap } from '../state/session-context';
import { BAR_HEIGHT, CONNECTOR_ROOM, MIN_BAR_WIDTH, NARROW_BAR_WIDTH, OUTSIDE_LABEL_GAP } from './geometry';
import { formatRange } from '../ui/format';
import { markWidth, MARK_MAX_WIDTH } from './compared-bars';

interface InitiativeBarProps {
  initiative: ScheduledInitiative;
  scale: TimeScale;
  top: number;
  color: string;
  selected: boolean;
  /** Where the title goes when the bar is too short for it (after or before it, and the room there); null to keep it inside. */
  outsideLabel: { readonly side: 'after' | 'before'; readonly width: number } | null;
  /** The bar may start left of the view: its title sticks to the view's left edge. */
  stickyTitle: boolean;
  /** The color of a collaborator who has it selected or is dragging it (outlined in it). */
  markedBy: string | null;
  /** `additive`: Shift, Ctrl or Cmd was held (add to or take from the selection). */
  onSelect: (id: string, additive: boolean) => void;
  /** While comparing with a baseline, how it changed since (its mark goes after it); null if it did not. */
  mark: ComparedBar | null;
}

/** One initiative as a bar at its dates. Status shows as text and pattern too, not by color alone. */
export const InitiativeBar = memo(function InitiativeBar({
  initiative,
  scale,
  top,
  color,
  selected,
  outsideLabel,
  stickyTitle,
  markedBy,
  onSelect,
  mark,
}: InitiativeBarProps) {
  const { x, width: span } = scale.span(initiative.startDate, initiative.endDate);
  const width = Math.max(MIN_BAR_WIDTH, span); // always big enough to see and click
  const status = INITIATIVE_STATUS_LABELS[initiative.status];
  const range = formatRange(initiative.startDate, initiative.endDate);
  const conflict = useRoadmap((snapshot) => conflictOf(snapshot, initiative.id));
  const messages = [...initiative.problems.map((problem) => problem.message), ...(conflict ? [conflict] : [])];
  const warning = messages.length > 0 ? `Warning: ${messages.join('; ')}` : '';
  // The key results it serves, by name: a string, so a check-in elsewhere leaves the bar alone.
  const serves = useRoadmap((snapshot) =>
    initiative.keyResultIds
      .flatMap((id) => {
        const keyResult = snapshot.keyResults.get(id);
        return keyResult ? [keyResult.title] : [];
      })
      .join(', '),
  );
  const servesLine = serves ? `Serves: ${serves}` : 'Serves no key result';
  const markLine = mark ? `Compared: ${mark.text}` : '';
  // After the bar come the dependency connector (when selected), the change mark, then a title beside it.
  const afterBar = x + width + (selected ? CONNECTOR_ROOM : OUTSIDE_LABEL_GAP);
  const markRoom = mark ? markWidth(mark.text) : 0;
  return (
    <>
      <button
        type="button"
        className={`bar status-${initiative.status}${selected ? ' selected' : ''}${warning ? ' has-warning' : ''}${width < NARROW_BAR_WIDTH ? ' narrow' : ''}${stickyTitle ? ' sticky-title' : ''}${markedBy ? ' marked' : ''}`}
        data-drag="move"
        data-initiative-id={initiative.id}
        style={{
          left: x,
          top,
          width,
          height: BAR_HEIGHT,
          ['--lane-color' as string]: color,
          ...(markedBy ? { ['--peer-color' as string]: markedBy } : {}),
        }}
        aria-label={`${initiative.title}, ${range}, ${status}${initiative.progress ? `, ${initiative.progress}% done` : ''}`}
        aria-description={[markLine, servesLine, warning].filter(Boolean).join('. ')}
        // Shown under the bar while it has the keyboard focus (the tooltip is the pointer's).
        data-serves={servesLine}
        aria-pressed={selected}
        title={`${initiative.title}\n${range} · ${status}\n${servesLine}${markLine ? `\n${markLine}` : ''}${warning ? `\n${warning}` : ''}`}
        onClick={(event) => {
          event.stopPropagation();
          onSelect(initiative.id, event.shiftKey || event.ctrlKey || event.metaKey);
        }}
      >
        <span className="bar-progress" style={{ width: `${initiative.progress}%` }} />
        <span className="bar-edge start" data-drag="resize-start" aria-hidden="true" />
        <span className="bar-edge end" data-drag="resize-end" aria-hidden="true" />
        {warning && (
          <span className="bar-warning" aria-hidden="true">
            ⚠
          </span>
        )}
        <span className="bar-title">{outsideLabel === null ? initiative.title : ''}</span>
      </button>
      {selected && (
        <span
          className="bar-connector"
          data-drag="connect"
          data-initiative-id={initiative.id}
          title="Drag onto another initiative: it can only start after this one ends"
          style={{ left: x + width + 3, top: top + BAR_HEIGHT / 2 - 6 }}
        />
      )}
      {mark && (
        <span
          className={`bar-mark ${mark.tone}`}
          data-mark-for={initiative.id}
          style={{ left: afterBar, top: top + (BAR_HEIGHT - MARK_HEIGHT) / 2, maxWidth: MARK_MAX_WIDTH }}
          aria-hidden="true"
        >
          {mark.text}
        </span>
      )}
      {outsideLabel?.side === 'after' && (
        <span
          className="bar-outside-title"
          // Clear of the dependency connector a selected bar shows at its end, and of its change mark.
          style={{
            left: afterBar + markRoom,
            top,
            maxWidth: outsideLabel.width - (selected ? CONNECTOR_ROOM - OUTSIDE_LABEL_GAP : 0),
            height: BAR_HEIGHT,
          }}
          aria-hidden="true"
        >
          {initiative.title}
        </span>
      )}
      {outsideLabel?.side === 'before' && (
        <span
          className="bar-outside-title before"
          // Its right edge against the bar's start.
          style={{ right: scale.width - x + OUTSIDE_LABEL_GAP, top, maxWidth: outsideLabel.width, height: BAR_HEIGHT }}
          aria-hidden="true"
        >
          {initiative.title}
        </span>
      )}
    </>
  );
});

/** A change mark's height (11 px text), centred on its bar. */
const MARK_HEIGHT = 18;

/** Why this initiative starts too early, when one of its dependencies is violated. */
function conflictOf(snapshot: RoadmapSnapshot, id: string): string | null {
  const late = selectViolatedDependencies(snapshot).filter((violation) => violation.to.id === id);
  return late.length > 0 ? `Starts before ${late.map((violation) => violation.from.title).join(', ')} ends` : null;
}
