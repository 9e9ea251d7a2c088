import Papa from 'papaparse';

/** A CSV file as read: its header row and its data rows, every row as long as the header. */
export interface CsvTable {
  /** Column names as written (a name may repeat: Jira exports one `Labels` column per label). */
  readonly headers: readonly string[];
  /** Cells by column index; missing trailing cells are ''. */
  readonly rows: readonly (readonly string[])[];
  /** The text line each row starts on (the header is line 1), for reports. */
  readonly lines: readonly number[];
  /** The delimiter found: ',', ';' or '\t'. */
  readonly delimiter: string;
  /** Things worth telling the person that did not stop the import (an encoding guess, ragged rows). */
  readonly warnings: readonly string[];
}

/** The file cannot be imported; the message says why in words a person can act on. Nothing was changed. */
export class CsvImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvImportError';
  }
}

/** Larger files are refused before parsing: a roadmap export of 50,000 rows with descriptions fits well. */
export const MAX_CSV_BYTES = 30 * 1024 * 1024;
/** More data rows than this are refused: a roadmap this large would not be readable on a timeline. */
export const MAX_CSV_ROWS = 50_000;

export interface ReadCsvOptions {
  /** Called now and then while parsing, with the share done (0–1). */
  readonly onProgress?: (done: number) => void;
  /** Stops parsing; the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

const ROWS_PER_SLICE = 2_000;

/**
 * Reads a CSV file's bytes (UTF-8 with or without BOM; Windows-1252 when it is not UTF-8, as Excel's plain
 * "CSV" saves it). The delimiter (comma, semicolon, tab) is detected; quoted cells may hold delimiters,
 * quotes and newlines. Refuses with a CsvImportError: binary files and workbooks, empty files, files over
 * {@link MAX_CSV_BYTES} or {@link MAX_CSV_ROWS}. Parsing yields to the event loop between slices of rows,
 * so a large file can show progress and be cancelled.
 */
export async function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const { text, warnings } = decodeCsvText(bytes);
  return parseCsvText(text, warnings, options);
}

/** The text of a CSV file, or a CsvImportError for what is not one. */
export function decodeCsvText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes.byteLength > MAX_CSV_BYTES) {
    throw new CsvImportError(
      `This file is ${megabytes(bytes.byteLength)} MB; Waymark imports CSV files up to ${megabytes(MAX_CSV_BYTES)} MB. Split it, or export fewer columns (descriptions take the most room).`,
    );
  }
  if (isZip(bytes)) {
    throw new CsvImportError(
      'This is a workbook (Excel or LibreOffice), not a CSV file. Save it as "CSV UTF-8" and import that.',
    );
  }
  const probe = bytes.subarray(0, 64 * 1024);
  if (probe.includes(0)) {
    throw new CsvImportError(
      'This file is not text, so it is not a CSV file. Export your data as CSV and import that.',
    );
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push('The file is not UTF-8; it was read as Windows-1252 (what Excel saves as plain "CSV").');
  }
  if (text.trim() === '') throw new CsvImportError('This file is empty: there is nothing to import.');
  return { text, warnings };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

function abortError(): Error {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/** Parses CSV text (see {@link readCsv}). */
export function parseCsvText(text: string, warnings: string[] = [], options: ReadCsvOptions = {}): Promise<CsvTable> {
  const { onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const records: string[][] = [];
    const starts: number[] = [];
    let delimiter = ',';
    let failure: Error | null = null;
    // Line numbers: newlines counted from the last row's start to this one's, so the cost stays linear.
    let lineAt = 1;
    let counted = 0;
    let rowStart = 0;
    const onAbort = () => (failure = abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => signal?.removeEventListener('abort', onAbort);
    Papa.parse<string[]>(text, {
      delimitersToGuess: [',', ';', '\t'],
      skipEmptyLines: 'greedy',
      step: (result, parser) => {
        if (failure) return parser.abort();
        for (let i = counted; i < rowStart; i++) if (text.charCodeAt(i) === 10) lineAt++;
        counted = rowStart;
        starts.push(lineAt);
        records.push(result.data);
        delimiter = result.meta.delimiter;
        rowStart = result.meta.cursor;
        if (records.length > MAX_CSV_ROWS + 1) {
          failure = new CsvImportError(
            `This file has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; Waymark imports up to ${MAX_CSV_ROWS.toLocaleString('en-US')} at a time. Split it and import the parts.`,
          );
          return parser.abort();
        }
        if (records.length % ROWS_PER_SLICE === 0) {
          parser.pause();
          onProgress?.(rowStart / text.length);
          setTimeout(() => parser.resume(), 0);
        }
      },
      complete: () => {
        finish();
        if (failure) return reject(failure);
        try {
          resolve(tableOf(records, starts, delimiter, warnings));
        } catch (error) {
          reject(error as Error);
        }
      },
      error: (error: Error) => {
        finish();
        reject(new CsvImportError(`This file could not be read as CSV: ${error.message}`));
      },
    });
  });
}

function tableOf(records: string[][], starts: number[], delimiter: string, warnings: string[]): CsvTable {
  const [header, ...data] = records;
  if (!header) throw new CsvImportError('This file is empty: there is nothing to import.');
  const headers = header.map((name, index) => name.replace(/^\uFEFF/, '').trim() || `Column ${index + 1}`);
  if (data.length === 0) {
    throw new CsvImportError('This file has a header row but no rows under it: there is nothing to import.');
  }
  let ragged = 0;
  const rows = data.map((cells) => {
    if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim() !== '')) ragged++;
    if (cells.length === headers.length) return cells;
    const row = cells.slice(0, headers.length);
    while (row.length < headers.length) row.push('');
    return row;
  });
  if (ragged > 0) {
    warnings.push(
      `${ragged === 1 ? 'One row has' : `${ragged} rows have`} more cells than the header has columns; the extra cells were left out.`,
    );
  }
  return { headers, rows, lines: starts.slice(1), delimiter, warnings };
}
