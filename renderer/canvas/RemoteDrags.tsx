import { barRect, type LaneLayout, type TimeScale } from '../../shared';
import { BAR_HEIGHT, CANVAS_LANE_METRICS, LANE_HEADER_WIDTH } from './geometry';
import { usePeersStore } from '../presence/peers-store';

/** Where collaborators are dragging bars right now, as ghosts in their colors (the document changes on drop). */
export function RemoteDrags({ layouts, scale }: { layouts: readonly LaneLayout[]; scale: TimeScale }) {
  const peers = usePeersStore((state) => state.peers);
  const dragging = peers.filter((peer) => peer.drag && peer.drag.length > 0);
  if (dragging.length === 0) return null;
  const laneOf = new Map(layouts.map((layout) => [layout.lane.key, layout]));
  return (
    <div className="remote-drags" aria-hidden="true">
      {dragging.flatMap((peer) =>
        peer.drag!.map((ghost, index) => {
          const lane = laneOf.get(ghost.laneKey);
          if (!lane) return null;
          const { x, width } = scale.span(ghost.startDate, ghost.endDate);
          const { top } = barRect(lane, ghost.row, CANVAS_LANE_METRICS);
          return (
            <div
              key={`${peer.clientId}:${ghost.id ?? index}`}
              className="remote-ghost"
              style={{
                left: LANE_HEADER_WIDTH + x,
                top,
                width,
                height: BAR_HEIGHT,
                ['--peer-color' as string]: peer.color,
              }}
            >
              {index === 0 && <span className="remote-ghost-name">{peer.name}</span>}
            </div>
          );
        }),
      )}
    </div>
  );
}
