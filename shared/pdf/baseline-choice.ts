import { compareBaselinesNewestFirst, type Baseline } from '../model/baseline';

/** What a name given on the command line (`--since`) finds among a roadmap's baselines. */
export type BaselineChoice =
  | {
      readonly kind: 'found';
      readonly baseline: Baseline;
      /** Others of the same name, newest first. */ readonly alike: readonly Baseline[];
    }
  | { readonly kind: 'none' };

/**
 * The baseline a person names: by its name (any case, spaces around it ignored), else by its id, else
 * "latest" for the newest. Several of the same name: the newest, the others returned so the caller can say so.
 */
export function baselineNamed(baselines: Iterable<Baseline>, name: string): BaselineChoice {
  const newestFirst = [...baselines].sort(compareBaselinesNewestFirst);
  const wanted = name.trim().toLowerCase();
  const [first, ...alike] = newestFirst.filter((baseline) => baseline.name.trim().toLowerCase() === wanted);
  if (first) return { kind: 'found', baseline: first, alike };
  const byId = newestFirst.find((baseline) => baseline.id === name.trim());
  if (byId) return { kind: 'found', baseline: byId, alike: [] };
  if (wanted === 'latest' && newestFirst[0]) return { kind: 'found', baseline: newestFirst[0], alike: [] };
  return { kind: 'none' };
}
