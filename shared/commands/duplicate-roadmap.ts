import * as Y from 'yjs';
import { CommandError, problemsOf } from './command';
import { titleField } from '../model/common-fields';
import { collectionOf, createRoadmapYDoc, metaOf, rootTypesOf } from '../model/document';
import { newId } from '../model/ids';
import { readRecord } from '../model/record-kind';
import { roadmapMetaKind, type RoadmapMetaFields } from '../model/roadmap-meta';
import { isReadOnly } from '../model/schema-version';

/** Where a duplicate came from: the original's id and title, and when it was duplicated (ISO instant). */
export type DuplicatedFrom = NonNullable<RoadmapMetaFields['duplicatedFrom']>;

/** Origin of the transaction that fills a duplicate: not a user edit. */
export const DUPLICATE_ORIGIN = 'duplicate';

const COPY_SUFFIX = ' (copy)';

/** A duplicate's default title: the original's with " (copy)", shortened to fit the title's limit. */
export function copyTitleOf(title: string): string {
  const room = (titleField.maxLength ?? 200) - COPY_SUFFIX.length;
  return `${title.trim().slice(0, room).trimEnd()}${COPY_SUFFIX}`;
}

/**
 * A new roadmap with the source's current content and a new identity: a new roadmap id (so it is listed,
 * stored, synced and opened from a file as a roadmap of its own, never merged into the original) and a new
 * Yjs history. The content is re-created, type by type, in a fresh document rather than copied as Yjs
 * state: a copied state would carry the source's client ids and history, so the two would be one CRDT
 * document. Cloning the stored values (not the read records) keeps them exactly as they are, values the
 * read model reports as problems included, and keeps every record's id, so the duplicate can later be
 * compared with its original record by record. Deleted content and baselines are not carried over.
 *
 * Throws a CommandError for a read-only source (from a newer Waymark: what this build does not know would
 * be lost) or an invalid title; the source is never changed.
 */
export function duplicateRoadmap(
  source: Y.Doc,
  options: { sourceId: string; at: Date; title?: string },
): { roadmapId: string; title: string; doc: Y.Doc } {
  if (isReadOnly(source)) {
    throw new CommandError('This roadmap was saved by a newer Waymark and is read-only here: it cannot be duplicated.');
  }
  const original = readRecord(roadmapMetaKind, 'meta', metaOf(source));
  const title = titleField.safeParse(options.title ?? copyTitleOf(original.title));
  if (!title.success) throw new CommandError('Invalid roadmap title', problemsOf(title.error));
  const doc = createRoadmapYDoc();
  const targets = rootTypesOf(doc);
  // Baselines stay behind: each is a snapshot of the source's own history, meaningless in a new one.
  const baselines = collectionOf(source, 'baselines');
  doc.transact(() => {
    rootTypesOf(source).forEach((from, index) => {
      const to = targets[index]!;
      if (from === baselines) return;
      if (from instanceof Y.Text && to instanceof Y.Text) to.applyDelta(from.toDelta());
      else if (from instanceof Y.Map && to instanceof Y.Map) {
        for (const [key, value] of from.entries()) to.set(key, value instanceof Y.AbstractType ? value.clone() : value);
      }
    });
    const meta = metaOf(doc);
    meta.set('title', title.data);
    const duplicatedFrom: DuplicatedFrom = {
      roadmapId: options.sourceId,
      title: original.title,
      at: options.at.toISOString(),
    };
    meta.set('duplicatedFrom', duplicatedFrom);
  }, DUPLICATE_ORIGIN);
  return { roadmapId: newId(), title: title.data, doc };
}

/** The roadmap a document is a duplicate of, or null when it is an original. */
export function duplicatedFromOf(doc: Y.Doc): DuplicatedFrom | null {
  return readRecord(roadmapMetaKind, 'meta', metaOf(doc)).duplicatedFrom;
}
