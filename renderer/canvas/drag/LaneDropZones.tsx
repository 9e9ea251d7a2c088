import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { LaneLayout } from '../../../shared';

function LaneDropZone({ layout }: { layout: LaneLayout }) {
  const { setNodeRef } = useDroppable({ id: layout.lane.key });
  return <div ref={setNodeRef} className="lane-drop-zone" style={{ top: layout.top, height: layout.height }} />;
}

/**
 * The drop targets: one per lane in view (lanes, not cells, so there are few). Kept apart from the lanes
 * themselves so that dnd-kit's per-move updates re-render these empty boxes, not the bars.
 */
export const LaneDropZones = memo(function LaneDropZones({ layouts }: { layouts: readonly LaneLayout[] }) {
  return (
    <>
      {layouts.map((layout) => (
        <LaneDropZone key={layout.lane.key} layout={layout} />
      ))}
    </>
  );
});
