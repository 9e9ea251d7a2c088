import type { DataExportFormat } from '../../electron/preload-api';
import { ipcErrorMessage } from '../ipc-error';
import { downloadBytes, fileNameOf } from '../ui/download';

const MEDIA_TYPES: Record<DataExportFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** Saves a CSV or JSON export: the desktop app's save dialog, or a download in a browser. False when cancelled. */
export async function saveDataExport(bytes: Uint8Array, title: string, format: DataExportFormat): Promise<boolean> {
  const name = fileNameOf(title);
  if (window.waymark) {
    return window.waymark.files.saveExport(bytes, name, format).catch((error: unknown) => {
      throw new Error(ipcErrorMessage(error), { cause: error });
    });
  }
  downloadBytes(bytes, `${name}.${format}`, MEDIA_TYPES[format]);
  return true;
}
