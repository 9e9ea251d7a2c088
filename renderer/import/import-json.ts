import { MAX_JSON_BYTES, RoadmapJsonError, roadmapFromJson, type RoadmapLibrary } from '../../shared';
import { createRoadmapFromDoc } from '../state/library-session';
import type { ImportFile } from './ImportDialog';

/**
 * Makes a new roadmap from a Waymark JSON export (see docs/JSON-FORMAT.md) and says how it went: what was
 * repaired on the way in, or why the file was refused (nothing is added then). Resolves to the new
 * roadmap's id, or null when refused.
 */
export async function importRoadmapJson(
  library: RoadmapLibrary,
  file: ImportFile,
  say: (message: string) => void,
): Promise<string | null> {
  let imported;
  try {
    if (file.bytes.byteLength > MAX_JSON_BYTES) {
      throw new RoadmapJsonError(`“${file.name}” is larger than ${MAX_JSON_BYTES / 2 ** 20} MB.`);
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    imported = roadmapFromJson(text);
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not UTF-8 text' : (error as Error).message;
    say(`“${file.name}” was not imported: ${/[.!?]$/.test(reason) ? reason : `${reason}.`} Nothing was added.`);
    return null;
  }
  try {
    const id = await createRoadmapFromDoc(library, imported.doc);
    const repaired = imported.warnings.length;
    say(
      repaired === 0
        ? `Imported “${file.name}” as a new roadmap.`
        : `Imported “${file.name}” as a new roadmap, with ${repaired} ${repaired === 1 ? 'repair' : 'repairs'}: ${imported.warnings.slice(0, 3).join(' ')}${repaired > 3 ? ' …' : ''}`,
    );
    return id;
  } finally {
    imported.doc.destroy();
  }
}
