import { z } from 'zod';
import type { Problem } from './problem';
import { defineRecordKind, type Readable, type Value } from './record-kind';

/** "Initiative `fromId` must finish before `toId` starts." */
export const dependencyKind = defineRecordKind({
  name: 'dependency',
  shape: { fromId: z.string().min(1), toId: z.string().min(1) },
  storage: {},
  defaults: { fromId: '', toId: '' },
  check: (dependency): Problem[] =>
    dependency.fromId === dependency.toId ? [{ message: 'An initiative cannot depend on itself' }] : [],
});

/**
 * A dependency's id is derived from its ends, so two people adding the same dependency at once end up
 * with one entry, not two.
 */
export function dependencyId(fromId: string, toId: string): string {
  return `${fromId}->${toId}`;
}

export type DependencyFields = Value<typeof dependencyKind.shape>;
export type Dependency = Readable<DependencyFields>;

/**
 * A dependency is violated when the successor starts on or before the predecessor's (inclusive) end; never
 * when either is unscheduled (no dates to be late by).
 */
export function isViolated(predecessor: { endDate: string | null }, successor: { startDate: string | null }): boolean {
  return predecessor.endDate !== null && successor.startDate !== null && successor.startDate <= predecessor.endDate;
}
