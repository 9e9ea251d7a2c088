import type { Command } from '../commands/command';
import type { ScheduledInitiative } from '../model/initiative';
import type { Milestone } from '../model/milestone';
import type { LaneLayout } from '../layout/lane-layout';
import type { DragKind } from '../layout/drag';
import type { TimeScale } from '../layout/time-scale';
import type { IsoDate } from '../time/iso-date';

/** Every gesture on the timeline: a bar's drags, a milestone, drawing a dependency, reordering a lane. */
export type GestureKind = DragKind | 'connect' | 'milestone' | 'lane';

/** A bar's place while it is being dragged. */
export interface GhostBar {
  readonly id: string | null;
  readonly title: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  /** The lane and row it would land in. */
  readonly laneKey: string;
  readonly row: number;
}

/** A milestone's place while it is being dragged. */
export interface GhostMilestone {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly laneKey: string;
}

/** Where a dragged goal's lane would go between its siblings (null where it cannot). */
export interface LaneDrop {
  readonly y: number;
  readonly afterId: string | null;
  readonly beforeId: string | null;
  readonly title: string;
}

/** What a view shows during a gesture: ghost bars where they would land, and the dates in a tooltip. */
export interface DragPreview {
  readonly kind: GestureKind;
  readonly laneKey: string;
  readonly ghosts: readonly GhostBar[];
  readonly milestone?: GhostMilestone;
  /** While drawing a dependency: from the predecessor's end to the pointer (canvas coordinates). */
  readonly link?: { x1: number; y1: number; x2: number; y2: number; targetId: string | null };
  /** While reordering lanes: where the dragged goal would go. */
  readonly laneDrop?: LaneDrop | null;
}

/** What the rules read: the time scale, the lanes as laid out, and the roadmap's fiscal year. */
export interface GestureContext {
  readonly scale: TimeScale;
  readonly layouts: readonly LaneLayout[];
  readonly fiscalYearStartMonth: number;
}

/** How far the pointer (or the keyboard) has gone since the gesture started, in canvas pixels. */
export interface Delta {
  readonly x: number;
  readonly y: number;
}

/** An initiative where it is drawn now (its lane and row). */
export type PlacedInitiative = ScheduledInitiative & { readonly laneKey: string; readonly row: number };

/** Where a gesture started and what it carries. */
export interface GestureOrigin {
  readonly kind: GestureKind;
  readonly laneKey: string;
  /** The dragged initiative first, then the rest of the selection. */
  readonly items: readonly PlacedInitiative[];
  readonly milestone: Milestone | null;
  /** For drawing a new initiative: the day under the pointer when the gesture started. */
  readonly anchorDate: IsoDate | null;
  /** Where the pointer started, in canvas coordinates; null for a keyboard drag (it starts mid-lane). */
  readonly pointer: { x: number; y: number } | null;
}

/** The one command a drop runs (one undo step), with its input. */
export interface CommandCall<Input = unknown, Result = unknown> {
  readonly command: Command<Input, Result>;
  readonly input: Input;
}

/** Builds a CommandCall with its input checked against its command's type. */
export function call<Input, Result>(command: Command<Input, Result>, input: Input): CommandCall {
  return { command, input } as CommandCall;
}
