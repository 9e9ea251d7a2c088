import { describe, expect, it } from 'vitest';
import { createInitiatives } from './initiatives';
import { addDependency, removeDependency } from './dependencies';
import { readAll } from './records';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';

const dates = { startDate: '2027-01-01', endDate: '2027-01-31' };

describe('dependency commands', () => {
  it('adds and removes a dependency', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createInitiatives(doc, [
      { title: 'A', ...dates },
      { title: 'B', ...dates },
    ]);
    const id = addDependency(doc, { fromId: a!, toId: b! });
    expect(readAll(doc, 'dependencies')).toMatchObject([{ id, fromId: a, toId: b }]);
    removeDependency(doc, { id });
    expect(readAll(doc, 'dependencies')).toHaveLength(0);
  });

  it('refuses self-links, unknown ends, duplicates and cycles', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createInitiatives(doc, [
      { title: 'A', ...dates },
      { title: 'B', ...dates },
      { title: 'C', ...dates },
    ]);
    addDependency(doc, { fromId: a!, toId: b! });
    addDependency(doc, { fromId: b!, toId: c! });
    expectRefused(doc, () => addDependency(doc, { fromId: a!, toId: a! }));
    expectRefused(doc, () => addDependency(doc, { fromId: a!, toId: 'nope' }));
    expectRefused(doc, () => addDependency(doc, { fromId: a!, toId: b! }));
    expectRefused(doc, () => addDependency(doc, { fromId: c!, toId: a! }));
  });
});
