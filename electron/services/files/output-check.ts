import { open, realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { FILE_EXTENSION, FILE_MAGIC } from '../../../shared/file-format';

/**
 * Why an export must not be written to `path`, or null when it may: an export (a PDF, a CSV, a JSON file;
 * `what` names it in the message) never goes over a roadmap file, whether the path names one, links to one
 * (its real path is what counts), or holds one under another name.
 */
export async function refuseExportTarget(path: string, what: string): Promise<string | null> {
  const real = await realpath(path).catch(() => path);
  if ([path, real].some((name) => name.toLowerCase().endsWith(FILE_EXTENSION))) {
    return `${basename(path)} is a Waymark roadmap file${real !== path ? ` (it leads to ${real})` : ''}: choose another name for the ${what}.`;
  }
  if (await startsWithRoadmapMagic(real)) {
    return `${basename(path)} holds a Waymark roadmap: choose another file for the ${what}.`;
  }
  return null;
}

/** {@link refuseExportTarget} for a PDF. */
export function refusePdfTarget(path: string): Promise<string | null> {
  return refuseExportTarget(path, 'PDF');
}

async function startsWithRoadmapMagic(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(FILE_MAGIC.length), 0, FILE_MAGIC.length, 0);
    return bytesRead === FILE_MAGIC.length && FILE_MAGIC.every((byte, index) => buffer[index] === byte);
  } catch {
    return false; // missing (a new file) or unreadable: nothing to protect there
  } finally {
    await handle?.close();
  }
}

/** A file system error on writing `path`, in words for the person who chose it (no EISDIR, no ENOENT). */
export async function describeWriteError(error: unknown, path: string): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  const isFolder = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (isFolder || code === 'EISDIR') return `${path} is a folder: give the name of a file to write.`;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return `The folder ${folder} does not exist: create it first, or choose another.`;
  if (code === 'EACCES' || code === 'EPERM') return `No permission to write in ${folder}.`;
  if (code === 'EROFS') return `${folder} is on a read-only disk.`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `The disk holding ${folder} is full.`;
  return `Cannot write ${path}: ${(error as Error).message}`;
}
