/** Offers bytes as a download in a browser (web mode's Save a copy and Export PDF). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has started the download by then; the URL is only needed that long.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a roadmap title (no characters file systems refuse). */
export function fileNameOf(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'Roadmap';
}
