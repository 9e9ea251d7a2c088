import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { isoDateField, numberField, shortTextField } from './common-fields';

/** How the person checking in feels about reaching the target. */
export const CONFIDENCES = ['on-track', 'at-risk', 'off-track'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Display labels for confidences. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

/**
 * A dated reading of a key result: its value that day, how confident its owner is, a short note and who
 * made it. Each check-in is its own record in the root collection 'checkIns' (keyed by id), so two people
 * checking in offline both keep theirs when they sync; a key result's current value is its latest one.
 */
export const checkInKind = defineRecordKind({
  name: 'check-in',
  shape: {
    keyResultId: z.string().min(1),
    date: isoDateField,
    value: numberField,
    confidence: z.enum(CONFIDENCES),
    note: z.string().trim().max(500, 'Keep the note under 500 characters'),
    /** The profile name of who checked in. */
    author: shortTextField,
    /** When it was recorded (ms since 1970): orders two check-ins of the same day, the later one latest. */
    recordedAt: z.number().int().min(0),
  },
  storage: {},
  defaults: {
    keyResultId: '',
    date: '1970-01-01',
    value: 0,
    confidence: 'on-track',
    note: '',
    author: '',
    recordedAt: 0,
  },
  check: () => [],
});

export type CheckInFields = Value<typeof checkInKind.shape>;
export type CheckIn = Readable<CheckInFields>;

/**
 * Check-ins oldest first: by date, then by when they were recorded, then by id, so every replica that
 * holds the same check-ins sees the same order and the same latest one.
 */
export function compareCheckIns(a: CheckIn, b: CheckIn): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt - b.recordedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
