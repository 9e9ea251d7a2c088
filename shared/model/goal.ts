import { z } from 'zod';
import type { Problem } from './problem';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import {
  colorField,
  isoDateField,
  longTextField,
  optionalIdField,
  orderKeyField,
  shortTextField,
  titleField,
  weightField,
} from './common-fields';

/** Where a goal stands. */
export const GOAL_STATUSES = ['on-track', 'at-risk', 'off-track', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Display labels for goal statuses. */
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** Who sets a goal's status: its key results' check-ins and pace (health), or the owner by hand. */
export const STATUS_SOURCES = ['check-ins', 'owner'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** Colors offered for new goals, in turn; readable on white and distinct in grayscale steps. */
export const GOAL_PALETTE = ['#2563eb', '#0d9488', '#d97706', '#9333ea', '#dc2626', '#4d7c0f', '#db2777', '#475569'];

/** A goal: an objective with key results; each goal is a swimlane of the timeline. */
export const goalKind = defineRecordKind({
  name: 'goal',
  shape: {
    title: titleField,
    description: longTextField,
    owner: shortTextField,
    startDate: isoDateField.nullable(),
    dueDate: isoDateField.nullable(),
    /** The owner's status: what the goal shows when `statusSetBy` is 'owner' (or it has no check-ins yet). */
    status: z.enum(GOAL_STATUSES),
    statusSetBy: z.enum(STATUS_SOURCES),
    /** How much it counts in its parent goal's progress, as one key result of weight 1 would. */
    weight: weightField,
    color: colorField,
    parentId: optionalIdField,
    order: orderKeyField,
  },
  storage: { description: 'text' },
  defaults: {
    title: 'Untitled goal',
    description: '',
    owner: '',
    startDate: null,
    dueDate: null,
    status: 'on-track',
    statusSetBy: 'check-ins',
    weight: 1,
    color: GOAL_PALETTE[0]!,
    parentId: null,
    order: 'a0',
  },
  check: (goal): Problem[] =>
    goal.startDate && goal.dueDate && goal.dueDate < goal.startDate
      ? [{ field: 'dueDate', message: 'Due date is before the start date' }]
      : [],
});

export type GoalFields = Value<typeof goalKind.shape>;
export type Goal = Readable<GoalFields>;
