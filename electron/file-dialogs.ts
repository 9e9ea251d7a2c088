import { BrowserWindow, dialog } from 'electron';
import { decodeRoadmapFile, FILE_EXTENSION } from '../shared/file-format';
import type { FileService } from './ipc/define-handler';
import { writeFileAtomic } from './services/files/atomic-write';
import { readRoadmapFile } from './services/files/roadmap-files';

const filters = [{ name: 'Waymark roadmap', extensions: [FILE_EXTENSION.slice(1)] }];

/** File → Save a copy… and File → Open… with the system's dialogs; the file logic is in services/files. */
export const fileDialogs: FileService = {
  async saveCopy(bytes, suggestedName) {
    // Never write what is not a complete, valid roadmap file, whatever the renderer sent.
    decodeRoadmapFile(bytes);
    const window = BrowserWindow.getFocusedWindow();
    const options = {
      title: 'Save a copy of this roadmap',
      defaultPath: `${suggestedName.replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'Roadmap'}${FILE_EXTENSION}`,
      filters,
    };
    const { canceled, filePath } = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return false;
    await writeFileAtomic(filePath, bytes);
    return true;
  },
  async savePdf(bytes, suggestedName) {
    const window = BrowserWindow.getFocusedWindow();
    const options = {
      title: 'Export the roadmap as PDF',
      defaultPath: `${suggestedName.replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'Roadmap'}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const { canceled, filePath } = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return false;
    // An existing file is replaced only once the new PDF is complete on disk.
    await writeFileAtomic(filePath, bytes);
    return true;
  },
  async open() {
    const window = BrowserWindow.getFocusedWindow();
    const options = { title: 'Open a roadmap', filters, properties: ['openFile' as const] };
    const { canceled, filePaths } = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    if (canceled || !filePaths[0]) return null;
    const { meta, state } = await readRoadmapFile(filePaths[0]);
    return { meta, state };
  },
};
