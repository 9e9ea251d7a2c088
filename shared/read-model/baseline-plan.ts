import * as Y from 'yjs';
import type { Baseline } from '../model/baseline';
import { RoadmapStore, type RoadmapSnapshot } from './roadmap-store';

const plans = new WeakMap<Y.Doc, Map<string, { snapshot: Uint8Array; plan: RoadmapSnapshot }>>();

/**
 * The roadmap as it was when `baseline` was taken, read like the live one. Rebuilding the document at the
 * snapshot costs about as much as opening it, so each baseline's plan is made once per document.
 */
export function planAtBaseline(doc: Y.Doc, baseline: Baseline): RoadmapSnapshot {
  let byId = plans.get(doc);
  if (!byId) plans.set(doc, (byId = new Map()));
  const known = byId.get(baseline.id);
  if (known && known.snapshot === baseline.snapshot) return known.plan;
  const then = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(baseline.snapshot));
  const store = new RoadmapStore(then);
  const plan = store.getSnapshot();
  store.destroy();
  byId.set(baseline.id, { snapshot: baseline.snapshot, plan });
  return plan;
}
