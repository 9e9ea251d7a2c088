import { z } from 'zod';
import { defineCommand, CommandError } from './command';
import { descriptionOf, metaOf } from '../model/document';
import { roadmapMetaKind } from '../model/roadmap-meta';
import { readRecord, writeEntity } from '../model/record-kind';
import { CURRENT_SCHEMA_VERSION, storedSchemaVersion } from '../model/schema-version';
import { longTextField, titleField } from '../model/common-fields';
import { replaceText } from '../model/text-diff';
import { problemsOf } from './command';

const monthField = roadmapMetaKind.shape.fiscalYearStartMonth;

/**
 * Stamps a brand-new local roadmap with its title and the current schema version. Only ever called on a
 * roadmap created on this machine, never on one that will be joined (that would seed a second copy).
 */
export const initializeRoadmap = defineCommand(
  'roadmap.initialize',
  z
    .object({ title: titleField, fiscalYearStartMonth: monthField.optional(), description: longTextField.optional() })
    .strict(),
  (doc, input) => {
    if (storedSchemaVersion(doc) !== undefined) throw new CommandError('This roadmap is already initialized.');
    const meta = metaOf(doc);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    meta.set('title', input.title);
    meta.set('fiscalYearStartMonth', input.fiscalYearStartMonth ?? 1);
    if (input.description) descriptionOf(doc).insert(0, input.description);
  },
);

/** Edits the roadmap's title, description or fiscal-year start month. */
export const updateRoadmap = defineCommand(
  'roadmap.update',
  z
    .object({
      title: titleField.optional(),
      description: longTextField.optional(),
      fiscalYearStartMonth: monthField.optional(),
    })
    .strict(),
  (doc, input) => {
    const { description, ...fields } = input;
    const merged = { ...readRecord(roadmapMetaKind, 'meta', metaOf(doc)), ...fields };
    const parsed = z.object(roadmapMetaKind.shape).safeParse(merged);
    if (!parsed.success) throw new CommandError('Invalid roadmap fields', problemsOf(parsed.error));
    writeEntity(roadmapMetaKind, metaOf(doc), fields);
    if (description !== undefined) replaceText(descriptionOf(doc), description);
  },
);
