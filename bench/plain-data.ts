import type * as Y from 'yjs';
import { RoadmapStore, selectLanes } from '../shared';

/** A roadmap as plain JSON, in the app's lane order: what the comparison library is given. */
export interface PlainRoadmap {
  readonly lanes: { id: string; title: string; color: string }[];
  readonly items: { id: string; title: string; lane: string; start: string; end: string; progress: number }[];
  readonly milestones: { id: string; title: string; lane: string; date: string }[];
  readonly dependencies: { id: string; from: string; to: string }[];
}

/** The same roadmap as the app shows it: lanes (goals, then Unaligned), each lane's bars in lane order. */
export function toPlainRoadmap(doc: Y.Doc): PlainRoadmap {
  const store = new RoadmapStore(doc);
  const snapshot = store.getSnapshot();
  const lanes = selectLanes(snapshot);
  store.destroy();
  return {
    lanes: lanes.map((lane) => ({
      id: lane.key,
      title: lane.goal?.title ?? 'Unaligned',
      color: lane.goal?.color ?? '#64748b',
    })),
    items: lanes.flatMap((lane) =>
      lane.initiatives.map((initiative) => ({
        id: initiative.id,
        title: initiative.title,
        lane: lane.key,
        start: initiative.startDate,
        end: initiative.endDate,
        progress: initiative.progress,
      })),
    ),
    milestones: lanes.flatMap((lane) =>
      lane.milestones.map((milestone) => ({
        id: milestone.id,
        title: milestone.title,
        lane: lane.key,
        date: milestone.date,
      })),
    ),
    dependencies: [...snapshot.dependencies.values()].map((dependency) => ({
      id: dependency.id,
      from: dependency.fromId,
      to: dependency.toId,
    })),
  };
}
