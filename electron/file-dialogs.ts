import { BrowserWindow, dialog, type FileFilter } from 'electron';
import { decodeRoadmapFile, FILE_EXTENSION } from '../shared/file-format';
import type { FileService } from './ipc/define-handler';
import { writeFileAtomic } from './services/files/atomic-write';
import { describeWriteError, refuseExportTarget, refusePdfTarget } from './services/files/output-check';
import { readRoadmapFile } from './services/files/roadmap-files';

const roadmapFilters = [{ name: 'Waymark roadmap', extensions: [FILE_EXTENSION.slice(1)] }];

/** A file name from a roadmap title (no characters file systems refuse). */
function fileNameOf(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'Roadmap';
}

/**
 * Asks where to save, then writes the bytes atomically (an existing file is replaced only once the new
 * one is complete on disk). False when the person cancelled.
 */
async function saveWithDialog(
  bytes: Uint8Array,
  title: string,
  defaultPath: string,
  filters: FileFilter[],
  refuse: (path: string) => Promise<string | null> = async () => null,
) {
  const window = BrowserWindow.getFocusedWindow();
  const options = { title, defaultPath, filters };
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return false;
  // The renderer shows the message of what is thrown here.
  const refusal = await refuse(filePath);
  if (refusal !== null) throw new Error(refusal);
  try {
    await writeFileAtomic(filePath, bytes);
  } catch (error) {
    throw new Error(await describeWriteError(error, filePath), { cause: error });
  }
  return true;
}

/** File → Save a copy…, Open…, Export PDF…, CSV… and JSON… with the system's dialogs; the file logic is in services/files. */
export const fileDialogs: FileService = {
  async saveCopy(bytes, suggestedName) {
    // Never write what is not a complete, valid roadmap file, whatever the renderer sent.
    decodeRoadmapFile(bytes);
    return saveWithDialog(
      bytes,
      'Save a copy of this roadmap',
      `${fileNameOf(suggestedName)}${FILE_EXTENSION}`,
      roadmapFilters,
    );
  },
  async savePdf(bytes, suggestedName) {
    return saveWithDialog(
      bytes,
      'Export the roadmap as PDF',
      `${fileNameOf(suggestedName)}.pdf`,
      [{ name: 'PDF', extensions: ['pdf'] }],
      refusePdfTarget,
    );
  },
  async saveExport(bytes, suggestedName, format) {
    const [what, extension] = format === 'csv' ? ['CSV file', 'csv'] : ['JSON file', 'json'];
    return saveWithDialog(
      bytes,
      `Export the roadmap as ${format.toUpperCase()}`,
      `${fileNameOf(suggestedName)}.${extension}`,
      [{ name: format.toUpperCase(), extensions: [extension] }],
      (path) => refuseExportTarget(path, what),
    );
  },
  async open() {
    const window = BrowserWindow.getFocusedWindow();
    const options = { title: 'Open a roadmap', filters: roadmapFilters, properties: ['openFile' as const] };
    const { canceled, filePaths } = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    if (canceled || !filePaths[0]) return null;
    const { meta, state } = await readRoadmapFile(filePaths[0]);
    return { meta, state };
  },
};
