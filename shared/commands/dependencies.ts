import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { entityOrThrow, exists, insertRecords, readAll, removeRecords } from './records';
import { dependencyId } from '../model/dependency';

/** Adds "from must finish before to starts"; refuses self-links, duplicates and cycles. Returns its id. */
export const addDependency = defineCommand(
  'dependency.add',
  z.object({ fromId: z.string().min(1), toId: z.string().min(1) }).strict(),
  (doc, { fromId, toId }) => {
    if (fromId === toId) throw new CommandError('An initiative cannot depend on itself');
    entityOrThrow(doc, 'initiatives', fromId);
    entityOrThrow(doc, 'initiatives', toId);
    const id = dependencyId(fromId, toId);
    if (exists(doc, 'dependencies', id)) throw new CommandError('That dependency already exists');
    // A path from `toId` back to `fromId` would make the new link a cycle.
    const successors = new Map<string, string[]>();
    for (const dependency of readAll(doc, 'dependencies')) {
      successors.set(dependency.fromId, [...(successors.get(dependency.fromId) ?? []), dependency.toId]);
    }
    const stack = [toId];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current === fromId) throw new CommandError('That dependency would make a cycle');
      if (seen.has(current)) continue;
      seen.add(current);
      stack.push(...(successors.get(current) ?? []));
    }
    insertRecords(doc, 'dependencies', [{ id, value: { fromId, toId } }]);
    return id;
  },
);

/** Removes a dependency. */
export const removeDependency = defineCommand(
  'dependency.remove',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => {
    entityOrThrow(doc, 'dependencies', id);
    removeRecords(doc, 'dependencies', [id]);
  },
);
