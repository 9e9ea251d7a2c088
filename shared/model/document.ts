import * as Y from 'yjs';
import { goalKind, type GoalFields } from './goal';
import { keyResultKind, type KeyResultFields } from './key-result';
import { initiativeKind, type InitiativeFields } from './initiative';
import { milestoneKind, type MilestoneFields } from './milestone';
import { dependencyKind, type DependencyFields } from './dependency';
import { checkInKind, type CheckInFields } from './check-in';
import { baselineKind, type BaselineFields } from './baseline';

/**
 * The entity collections of a roadmap document and the record kind stored in each. Every collection is a
 * root-level Y.Map keyed by id (never a nested map made at start-up: two replicas creating the same nested
 * map concurrently would lose one).
 */
export const COLLECTIONS = {
  goals: goalKind,
  keyResults: keyResultKind,
  initiatives: initiativeKind,
  milestones: milestoneKind,
  dependencies: dependencyKind,
  checkIns: checkInKind,
  baselines: baselineKind,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The plain field values of each collection's records. */
export interface FieldsByCollection {
  goals: GoalFields;
  keyResults: KeyResultFields;
  initiatives: InitiativeFields;
  milestones: MilestoneFields;
  dependencies: DependencyFields;
  checkIns: CheckInFields;
  baselines: BaselineFields;
}
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * A Y.Doc to hold a roadmap. Garbage collection is off: a baseline is a snapshot that points at content
 * deleted since (an old date, a removed initiative), and a replica that collected it could not rebuild the
 * plan. Every replica must agree, the sync host too: content collected by one is gone for whoever syncs
 * from it.
 */
export function createRoadmapYDoc(): Y.Doc {
  return new Y.Doc({ gc: false });
}

/** A collection's root map: id → the entity's Y.Map. */
export function collectionOf(doc: Y.Doc, name: CollectionName): Y.Map<Y.Map<unknown>> {
  return doc.getMap(name);
}

/** The roadmap's own fields (title, fiscal-year start, schema version). */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** The roadmap's long description. */
export function descriptionOf(doc: Y.Doc): Y.Text {
  return doc.getText('description');
}

/** The roadmap's vision statement: a sentence or two above the canvas and on the PDF's title page. */
export function visionOf(doc: Y.Doc): Y.Text {
  return doc.getText('vision');
}

/** Every root type of the document: what undo tracks and what the read model observes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are invariant in their content
export function rootTypesOf(doc: Y.Doc): (Y.Map<any> | Y.Text)[] {
  return [metaOf(doc), descriptionOf(doc), visionOf(doc), ...COLLECTION_NAMES.map((name) => collectionOf(doc, name))];
}
