import { open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { ROADMAP_ID_PATTERN } from '../../../shared/sync';

const RECORD_HEADER_BYTES = 8;
/** A record longer than this is not a record: the rest of the segment is damaged. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const SEGMENT_NAME = /^([0-9a-f-]{36})\.(\d{1,12})\.waymark-log$/;

/** What a roadmap's journal holds: the updates to apply on top of its file, and any damaged tail that was skipped. */
export interface JournalReplay {
  readonly updates: Uint8Array[];
  /** Segments whose last record was torn (cut off by a crash) or damaged: the rest of each was ignored. */
  readonly tornSegments: string[];
}

interface Writer {
  seq: number;
  handle: FileHandle | null;
  pending: Buffer[];
  /** Resolved once everything appended before it is written and fsync'd. */
  waiters: (() => void)[];
  /** The write loop, while it runs. */
  flushing: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** The chain of fsyncs; one queued fsync covers every write done before it starts. */
  syncing: Promise<void>;
  syncQueued: boolean;
  syncsInFlight: number;
  /** Waiting for the next fsync (their records are written). */
  syncWaiters: (() => void)[];
}

/**
 * A host's write-ahead journal: every update a roadmap receives is appended to a log beside its `.waymark`
 * file and fsync'd in small batches, so an edit the host has received
 * survives a crash or kill, not only once the debounced save has run: an update is written to its segment
 * in the event-loop turn after it arrived (a killed process then loses nothing), and fsync'd with the
 * others written meanwhile (a power cut loses at most the fsync in progress). A log is a sequence of segments
 * (`<roadmap id>.<n>.waymark-log`), each record `length u32 · CRC-32 u32 · Yjs update`, big-endian. A
 * save seals the current segment, writes the file (which then holds everything sealed), and deletes the
 * sealed segments; a crash anywhere in between leaves segments that are replayed again, harmlessly, since
 * applying a Yjs update twice changes nothing. A torn last record is ignored on replay.
 */
export class UpdateJournal {
  private readonly writers = new Map<string, Writer>();

  constructor(readonly folder: string) {}

  /** Queues one received update of a roadmap for the journal; see `flushed` for when it is on disk. */
  append(roadmapId: string, update: Uint8Array): void {
    const writer = this.writerOf(roadmapId);
    const header = Buffer.alloc(RECORD_HEADER_BYTES);
    header.writeUInt32BE(update.length, 0);
    header.writeUInt32BE(crc32(update), 4);
    writer.pending.push(header, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
    // Everything received in this turn of the event loop, and while an fsync runs, goes in one batch.
    writer.timer ??= setTimeout(() => void this.flush(roadmapId), 0);
  }

  /** Resolves once every update appended so far for `roadmapId` (or for every roadmap) is durable. */
  async flushed(roadmapId?: string): Promise<void> {
    const ids = roadmapId === undefined ? [...this.writers.keys()] : [roadmapId];
    await Promise.all(ids.map((id) => this.flush(id)));
  }

  /**
   * Seals the segment being written (flushing it first) so that later updates go to a new one, and returns
   * the sealed segment's number: once the roadmap's file holds the state of now, `dropThrough` it.
   */
  async seal(roadmapId: string): Promise<number> {
    const writer = this.writerOf(roadmapId);
    await this.resolveSeq(roadmapId, writer);
    while (writer.flushing || writer.pending.length > 0 || writer.syncsInFlight > 0) {
      await this.flush(roadmapId);
      await writer.syncing;
    }
    // No await from here on: nothing can be written to the segment while it is being sealed.
    const sealed = writer.seq;
    const handle = writer.handle;
    writer.handle = null;
    writer.seq = sealed + 1;
    await handle?.close();
    return sealed;
  }

  /** Deletes a roadmap's segments up to and including `seq` (their updates are in its file now). */
  async dropThrough(roadmapId: string, seq: number): Promise<void> {
    for (const segment of await this.segmentsOf(roadmapId)) {
      if (segment.seq <= seq) await rm(join(this.folder, segment.name), { force: true });
    }
  }

  /** Every update in a roadmap's journal, oldest first (a torn or damaged tail of a segment is skipped). */
  async replay(roadmapId: string): Promise<JournalReplay> {
    await this.flush(roadmapId);
    const updates: Uint8Array[] = [];
    const tornSegments: string[] = [];
    for (const segment of await this.segmentsOf(roadmapId)) {
      const bytes = await readFile(join(this.folder, segment.name));
      const { records, whole } = readRecords(bytes);
      updates.push(...records);
      if (!whole) tornSegments.push(join(this.folder, segment.name));
    }
    return { updates, tornSegments };
  }

  /** Roadmaps that have a journal in the folder. */
  async roadmapsWithJournal(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return [...new Set(names.flatMap((name) => SEGMENT_NAME.exec(name)?.[1] ?? []))].filter((id) =>
      ROADMAP_ID_PATTERN.test(id),
    );
  }

  /** Flushes everything and closes the open segments. */
  async close(): Promise<void> {
    await this.flushed();
    for (const writer of this.writers.values()) {
      await writer.syncing;
      if (writer.timer) clearTimeout(writer.timer);
      await writer.handle?.close();
      writer.handle = null;
    }
    this.writers.clear();
  }

  private writerOf(roadmapId: string): Writer {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    let writer = this.writers.get(roadmapId);
    if (!writer) {
      writer = {
        seq: -1,
        handle: null,
        pending: [],
        waiters: [],
        flushing: null,
        timer: null,
        syncing: Promise.resolve(),
        syncQueued: false,
        syncsInFlight: 0,
        syncWaiters: [],
      };
      this.writers.set(roadmapId, writer);
    }
    return writer;
  }

  /** Writes what is pending in one write and one fsync; a flush that is running is followed by another. */
  private flush(roadmapId: string): Promise<void> {
    const writer = this.writers.get(roadmapId);
    if (!writer) return Promise.resolve();
    if (writer.timer) {
      clearTimeout(writer.timer);
      writer.timer = null;
    }
    // Nothing new: done once what is being written has been fsync'd.
    if (writer.pending.length === 0) return (writer.flushing ?? Promise.resolve()).then(() => writer.syncing);
    const done = new Promise<void>((resolve) => writer.waiters.push(resolve));
    if (!writer.flushing) writer.flushing = this.drain(roadmapId, writer);
    return done;
  }

  private async drain(roadmapId: string, writer: Writer): Promise<void> {
    try {
      while (writer.pending.length > 0) {
        const batch = Buffer.concat(writer.pending);
        const waiters = writer.waiters;
        writer.pending = [];
        writer.waiters = [];
        await this.resolveSeq(roadmapId, writer);
        writer.handle ??= await open(join(this.folder, `${roadmapId}.${writer.seq}.waymark-log`), 'a');
        // Written at once, so a killed process loses nothing it had received (the kernel has it); the
        // fsync for a power cut follows, one for everything written meanwhile.
        await writer.handle.write(batch);
        this.requestSync(writer, writer.handle, waiters);
      }
    } finally {
      writer.flushing = null;
    }
  }

  private requestSync(writer: Writer, handle: FileHandle, waiters: (() => void)[]): void {
    writer.syncWaiters.push(...waiters);
    if (writer.syncQueued) return;
    writer.syncQueued = true;
    writer.syncsInFlight++;
    writer.syncing = writer.syncing.then(async () => {
      writer.syncQueued = false;
      const covered = writer.syncWaiters;
      writer.syncWaiters = [];
      try {
        await handle.datasync();
      } finally {
        writer.syncsInFlight--;
        for (const resolve of covered) resolve();
      }
    });
  }

  /** A writer's first segment comes after any a crash left behind. */
  private async resolveSeq(roadmapId: string, writer: Writer): Promise<void> {
    if (writer.seq >= 0) return;
    const segments = await this.segmentsOf(roadmapId);
    if (writer.seq < 0) writer.seq = (segments.at(-1)?.seq ?? 0) + 1;
  }

  private async segmentsOf(roadmapId: string): Promise<{ name: string; seq: number }[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names
      .flatMap((name) => {
        const match = SEGMENT_NAME.exec(name);
        return match && match[1] === roadmapId ? [{ name, seq: Number(match[2]) }] : [];
      })
      .sort((a, b) => a.seq - b.seq);
  }
}

/** The whole records of a segment, and whether it ended cleanly (no torn or damaged record at its end). */
export function readRecords(bytes: Uint8Array): { records: Uint8Array[]; whole: boolean } {
  const records: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    if (bytes.length - at < RECORD_HEADER_BYTES) return { records, whole: false };
    const length = view.getUint32(at);
    const checksum = view.getUint32(at + 4);
    const start = at + RECORD_HEADER_BYTES;
    if (length > MAX_RECORD_BYTES || start + length > bytes.length) return { records, whole: false };
    const record = bytes.subarray(start, start + length);
    if (crc32(record) !== checksum) return { records, whole: false };
    records.push(record);
    at = start + length;
  }
  return { records, whole: true };
}
