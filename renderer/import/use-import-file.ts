import { useCallback, useEffect, useState } from 'react';
import type { ImportFile } from './ImportDialog';

/** What the import takes: CSV (and tab-separated) text files, and Waymark's JSON export. */
const IMPORTABLE = /\.(csv|tsv|txt)$/i;
const ACCEPT = '.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json';

function isImportable(file: File): boolean {
  return IMPORTABLE.test(file.name) || file.type === 'text/csv' || file.type === 'text/tab-separated-values';
}

function isJson(file: File): boolean {
  return /\.json$/i.test(file.name) || file.type === 'application/json';
}

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * The file being imported, and the two ways to start: `pick` (File → Import CSV or JSON…, the list's Import…
 * button) and dropping a CSV file anywhere on the window. `dropping` is true while a file is held over it.
 * A JSON file (Waymark's JSON export) goes to `takeJson` instead; a file of another kind gets `refuse`'s
 * message.
 */
export function useImportFile(
  refuse: (message: string) => void,
  takeJson: (file: ImportFile) => void,
): {
  file: ImportFile | null;
  dropping: boolean;
  pick: () => void;
  close: () => void;
} {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [dropping, setDropping] = useState(false);
  const take = useCallback(
    async (picked: File) => {
      if (isJson(picked)) {
        takeJson({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
        return;
      }
      if (!isImportable(picked)) {
        refuse(
          `“${picked.name}” is not a CSV or JSON file. Import takes .csv files (exported from Jira, a roadmap tool or a spreadsheet) and Waymark’s .json export.`,
        );
        return;
      }
      setFile({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
    },
    [refuse, takeJson],
  );
  const pick = useCallback(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.onchange = () => {
      const picked = input.files?.[0];
      if (picked) void take(picked);
    };
    input.click();
  }, [take]);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setDropping(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropping(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDropping(false);
      const dropped = event.dataTransfer?.files[0];
      if (dropped) void take(dropped);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [take]);
  return { file, dropping, pick, close: useCallback(() => setFile(null), []) };
}
