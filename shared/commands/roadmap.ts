import { z } from 'zod';
import { defineCommand, CommandError } from './command';
import { descriptionOf, metaOf, visionOf } from '../model/document';
import { roadmapMetaKind } from '../model/roadmap-meta';
import { readRecord, recordSchemaOf, writeEntity } from '../model/record-kind';
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

/** The longest vision statement: a sentence or two, shown above the canvas. */
const visionField = longTextField.pipe(z.string().max(600, 'Keep the vision under 600 characters'));

/** Edits the roadmap's title, description, vision, fiscal-year start month, alignment settings or the board's horizon period. */
export const updateRoadmap = defineCommand(
  'roadmap.update',
  z
    .object({
      title: titleField.optional(),
      description: longTextField.optional(),
      vision: visionField.optional(),
      fiscalYearStartMonth: monthField.optional(),
      staleAfterDays: roadmapMetaKind.shape.staleAfterDays.optional(),
      paceTolerance: roadmapMetaKind.shape.paceTolerance.optional(),
      horizonPeriod: roadmapMetaKind.shape.horizonPeriod.optional(),
    })
    .strict(),
  (doc, input) => {
    const { description, vision, ...fields } = input;
    const merged = { ...readRecord(roadmapMetaKind, 'meta', metaOf(doc)), ...fields };
    const parsed = recordSchemaOf(roadmapMetaKind).safeParse(merged);
    if (!parsed.success) throw new CommandError('Invalid roadmap fields', problemsOf(parsed.error));
    writeEntity(roadmapMetaKind, metaOf(doc), fields);
    if (description !== undefined) replaceText(descriptionOf(doc), description);
    if (vision !== undefined) replaceText(visionOf(doc), vision.trim());
  },
);
