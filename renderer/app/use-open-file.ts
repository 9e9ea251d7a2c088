import { useCallback } from 'react';
import { FILE_EXTENSION, mergeRoadmapFile, type RoadmapFileContents, type RoadmapLibrary } from '../../shared';
import type { RoadmapSession } from '../state/roadmap-session';
import { importRoadmap, readPickedFile } from './roadmap-files';

/**
 * File → Open…: a new roadmap is added and opened; a copy of one already here merges into it (the open
 * one in place). A duplicate has an id of its own, so it is added as a roadmap of its own, never merged
 * into its original, and the notice says so. `say` reports the outcome, or why the file was refused.
 */
export function useOpenFile(
  library: RoadmapLibrary | null,
  session: RoadmapSession | null,
  open: (id: string) => void,
  say: (notice: string | null) => void,
): () => void {
  const openFile = useCallback(
    async (read: () => Promise<RoadmapFileContents | null>) => {
      if (!library) return;
      say(null);
      try {
        const contents = await read();
        if (!contents) return;
        if (session?.roadmapId === contents.meta.roadmapId) {
          mergeRoadmapFile(session.doc, contents.state);
          say(`Merged the file into “${contents.meta.title}”.`);
          return;
        }
        const { id, merged, duplicatedFrom } = await importRoadmap(library, contents);
        if (merged) say(`Merged the file into “${contents.meta.title}”.`);
        else if (duplicatedFrom) {
          say(
            `Added “${library.get(id)?.title}” as a roadmap of its own: it is a duplicate of “${duplicatedFrom.title}” and does not merge into it.`,
          );
        }
        open(id);
      } catch (error) {
        say(error instanceof Error ? error.message : 'This file could not be opened.');
      }
    },
    [library, session, open, say],
  );
  return useCallback(() => {
    if (window.waymark) {
      void openFile(() => window.waymark!.files.open());
      return;
    }
    // A browser: the file picker, then the same checks as the desktop app makes.
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = FILE_EXTENSION;
    input.onchange = () => {
      const file = input.files?.[0];
      if (file) void openFile(() => readPickedFile(file));
    };
    input.click();
  }, [openFile]);
}
