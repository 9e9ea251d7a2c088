import * as Y from 'yjs';
import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';
import { ROADMAP_ID_PATTERN } from '../sync/peer-token';
import { createRoadmapYDoc } from '../model/document';

/**
 * The `.waymark` file: one roadmap's Yjs state with a header that says what it is and proves it is whole.
 * Layout (all integers big-endian), documented in docs/FILE-FORMAT.md:
 *
 *   magic "\x89WAYMARK\n" (9 bytes) · format version u16 · meta length u32 · state length u32 ·
 *   SHA-256 of meta + state (32 bytes) · meta (UTF-8 JSON) · state (Yjs update, v1 encoding)
 */
export const FILE_MAGIC = Uint8Array.from([0x89, 0x57, 0x41, 0x59, 0x4d, 0x41, 0x52, 0x4b, 0x0a]);
/** The file format version this build writes, and the newest it reads. */
export const FILE_FORMAT_VERSION = 1;
/** The extension of roadmap files. */
export const FILE_EXTENSION = '.waymark';
/** Bigger files are refused before they are read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const VERSION_AT = FILE_MAGIC.length;
const META_LENGTH_AT = VERSION_AT + 2;
const STATE_LENGTH_AT = META_LENGTH_AT + 4;
const CHECKSUM_AT = STATE_LENGTH_AT + 4;
const HEADER_BYTES = CHECKSUM_AT + 32;

const metaSchema = z.object({
  roadmapId: z.string().regex(ROADMAP_ID_PATTERN, 'a roadmap id'),
  title: z.string().max(10_000),
  savedAt: z.string(),
  app: z.string().max(200),
});

/** What a file says about itself besides the document. */
export type RoadmapFileMeta = z.infer<typeof metaSchema>;

/** Why a file was refused; `message` is for the person who chose the file. */
export class RoadmapFileError extends Error {
  constructor(
    readonly reason: 'not-waymark' | 'damaged' | 'newer-format' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'RoadmapFileError';
  }
}

/** Writes a roadmap document and its meta as the bytes of a `.waymark` file. */
export function encodeRoadmapFile(doc: Y.Doc, meta: RoadmapFileMeta): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(metaSchema.parse(meta)));
  const state = Y.encodeStateAsUpdate(doc);
  const body = new Uint8Array(metaBytes.length + state.length);
  body.set(metaBytes, 0);
  body.set(state, metaBytes.length);
  const file = new Uint8Array(HEADER_BYTES + body.length);
  const view = new DataView(file.buffer);
  file.set(FILE_MAGIC, 0);
  view.setUint16(VERSION_AT, FILE_FORMAT_VERSION);
  view.setUint32(META_LENGTH_AT, metaBytes.length);
  view.setUint32(STATE_LENGTH_AT, state.length);
  file.set(digest(body), CHECKSUM_AT);
  file.set(body, HEADER_BYTES);
  return file;
}

/** A decoded file: its meta and the Yjs state to apply to a document. */
export interface RoadmapFileContents {
  readonly meta: RoadmapFileMeta;
  readonly state: Uint8Array;
}

/** What a file's header says: its lengths and checksum (see FILE_HEADER_BYTES). */
export interface RoadmapFileHeader {
  readonly metaLength: number;
  readonly stateLength: number;
  readonly checksum: Uint8Array;
}

/** How many bytes the header takes: read these first, and the rest only if they make sense. */
export const FILE_HEADER_BYTES = HEADER_BYTES;

/**
 * Checks a file's first FILE_HEADER_BYTES against its total size: the magic, the format version (a newer
 * one is refused, never guessed at) and the lengths, before any of the rest is read.
 */
export function readRoadmapHeader(header: Uint8Array, fileSize: number): RoadmapFileHeader {
  if (fileSize > MAX_FILE_BYTES) {
    throw new RoadmapFileError('too-large', `This file is larger than ${MAX_FILE_BYTES / 2 ** 20} MB: not a roadmap.`);
  }
  const magic = header.subarray(0, FILE_MAGIC.length);
  if (header.length < HEADER_BYTES || !magic.every((byte, index) => byte === FILE_MAGIC[index])) {
    throw new RoadmapFileError('not-waymark', 'This is not a Waymark roadmap file.');
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const version = view.getUint16(VERSION_AT);
  if (version > FILE_FORMAT_VERSION) {
    throw new RoadmapFileError(
      'newer-format',
      `This roadmap was saved by a newer Waymark (file format ${version}); update Waymark to open it.`,
    );
  }
  if (version < 1) throw new RoadmapFileError('damaged', 'This roadmap file is damaged (unknown format 0).');
  const metaLength = view.getUint32(META_LENGTH_AT);
  const stateLength = view.getUint32(STATE_LENGTH_AT);
  if (fileSize - HEADER_BYTES !== metaLength + stateLength) {
    throw new RoadmapFileError(
      'damaged',
      'This roadmap file is damaged: it is shorter or longer than it says (cut off?).',
    );
  }
  return { metaLength, stateLength, checksum: header.slice(CHECKSUM_AT, HEADER_BYTES) };
}

/** The error for a file whose contents do not match its checksum. */
export function checksumMismatch(): RoadmapFileError {
  return new RoadmapFileError('damaged', 'This roadmap file is damaged: its checksum does not match its contents.');
}

/**
 * Reads the bytes of a `.waymark` file, checking everything before anything is used: the header (see
 * readRoadmapHeader), the checksum (unless the caller has checked it, streaming), the meta, and that the
 * state is a Yjs update. Throws a RoadmapFileError that says what is wrong.
 */
export function decodeRoadmapFile(
  bytes: Uint8Array,
  options: { checksumVerified?: boolean } = {},
): RoadmapFileContents {
  const { metaLength, checksum } = readRoadmapHeader(bytes.subarray(0, HEADER_BYTES), bytes.length);
  const body = bytes.subarray(HEADER_BYTES);
  if (!options.checksumVerified) {
    const actual = digest(body);
    if (!actual.every((byte, index) => byte === checksum[index])) throw checksumMismatch();
  }
  let meta: RoadmapFileMeta;
  try {
    meta = metaSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, metaLength))));
  } catch {
    throw new RoadmapFileError('damaged', 'This roadmap file is damaged: its description cannot be read.');
  }
  const state = body.slice(metaLength);
  try {
    // Decoding into a scratch document proves the state is a Yjs update before any real document sees it.
    Y.applyUpdate(createRoadmapYDoc(), state);
  } catch {
    throw new RoadmapFileError('damaged', 'This roadmap file is damaged: its contents are not a roadmap.');
  }
  return { meta, state };
}
