import { z } from 'zod';
import type { AppInfo, FoundHost, OpenedFile, PeerInfo } from '../preload-api';
import { MAX_FILE_BYTES } from '../../shared/file-format';
import { ROADMAP_ID_PATTERN } from '../../shared/sync';
import { defineHandler } from './define-handler';

const roadmapId = z.string().regex(ROADMAP_ID_PATTERN, 'a roadmap id');
const title = z.string().max(500);
/** A .waymark file's bytes, as the renderer encodes them (checked again before they are written). */
const fileBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_FILE_BYTES, 'at most 256 MB');

/** An exported PDF's bytes, as the renderer made them. */
const pdfBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= MAX_FILE_BYTES, 'at most 256 MB')
  .refine((bytes) => new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-', 'a PDF');

/** A CSV or JSON export's bytes: UTF-8 text (no NUL), and for JSON a JSON document. */
const dataExport = z
  .tuple([
    z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.length <= MAX_FILE_BYTES, 'at most 256 MB')
      .refine((bytes) => utf8Text(bytes) !== null, 'UTF-8 text'),
    title,
    z.enum(['csv', 'json']),
  ])
  .refine(([bytes, , format]) => format !== 'json' || parsesAsJson(utf8Text(bytes) ?? ''), 'a JSON document');

function utf8Text(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every IPC handler, by namespace: the single source of truth for what the renderer may ask of main. */
export const handlers = {
  app: {
    getInfo: defineHandler(z.tuple([]), (context): AppInfo => ({
      version: context.appVersion,
      platform: context.platform,
    })),
  },
  sync: {
    share: defineHandler(z.tuple([roadmapId, title]), (context, id, name) => context.sharing.share(id, name)),
    info: defineHandler(z.tuple([roadmapId]), (context, id) => context.sharing.info(id)),
    rotateCode: defineHandler(z.tuple([roadmapId]), (context, id) => context.sharing.rotateCode(id)),
    removePeer: defineHandler(z.tuple([roadmapId, z.string().min(1).max(64)]), (context, id, peerId) =>
      context.sharing.removePeer(id, peerId),
    ),
    peers: defineHandler(z.tuple([roadmapId]), (context, id): PeerInfo[] => context.sharing.peers(id)),
    stopSharing: defineHandler(z.tuple([roadmapId]), (context, id) => context.sharing.stop(id)),
  },
  discovery: {
    hosts: defineHandler(z.tuple([]), (context): FoundHost[] => context.discovery.hosts()),
  },
  files: {
    saveCopy: defineHandler(z.tuple([fileBytes, title]), (context, bytes, name) => context.files.saveCopy(bytes, name)),
    open: defineHandler(z.tuple([]), (context): Promise<OpenedFile | null> => context.files.open()),
    savePdf: defineHandler(z.tuple([pdfBytes, title]), (context, bytes, name) => context.files.savePdf(bytes, name)),
    saveExport: defineHandler(dataExport, (context, bytes, name, format) =>
      context.files.saveExport(bytes, name, format),
    ),
  },
};
