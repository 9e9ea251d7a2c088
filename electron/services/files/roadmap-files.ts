import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import * as Y from 'yjs';
import {
  checksumMismatch,
  decodeRoadmapFile,
  FILE_HEADER_BYTES,
  readRoadmapHeader,
  encodeRoadmapFile,
  MAX_FILE_BYTES,
  RoadmapFileError,
  type RoadmapFileContents,
  type RoadmapFileMeta,
} from '../../../shared/file-format';
import { fileSize, writeFileAtomic } from './atomic-write';
import { createRoadmapYDoc } from '../../../shared/model/document';

/**
 * Reads and checks a `.waymark` file. Throws RoadmapFileError (with a message for the person who chose the
 * file) when it is not a roadmap, damaged or from a newer Waymark; the file itself is never touched.
 */
export async function readRoadmapFile(path: string): Promise<RoadmapFileContents> {
  const size = await fileSize(path);
  if (size === null) throw new RoadmapFileError('not-waymark', `There is no file at ${path}.`);
  if (size > MAX_FILE_BYTES) {
    throw new RoadmapFileError('too-large', `This file is larger than ${MAX_FILE_BYTES / 2 ** 20} MB: not a roadmap.`);
  }
  // What can be checked without reading it all is checked first: the header, then the checksum, streamed.
  // Only a file that passes both is read into memory.
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(FILE_HEADER_BYTES), 0, FILE_HEADER_BYTES, 0);
    const header = readRoadmapHeader(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead), size);
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ start: FILE_HEADER_BYTES, autoClose: false })) {
      hash.update(chunk as Buffer);
    }
    if (!hash.digest().equals(header.checksum)) throw checksumMismatch();
  } finally {
    await handle.close();
  }
  return decodeRoadmapFile(new Uint8Array(await readFile(path)), { checksumVerified: true });
}

/** Writes a roadmap document to `path` atomically (see writeFileAtomic). */
export async function writeRoadmapFile(path: string, doc: Y.Doc, meta: RoadmapFileMeta): Promise<void> {
  await writeFileAtomic(path, encodeRoadmapFile(doc, meta));
}

/** Loads a `.waymark` file into a new Y.Doc. */
export async function loadRoadmapDoc(path: string): Promise<{ doc: Y.Doc; meta: RoadmapFileMeta }> {
  const { meta, state } = await readRoadmapFile(path);
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, state);
  return { doc, meta };
}
