import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  applyImport,
  COLUMN_TARGET_LABELS,
  COLUMN_TARGETS,
  createRoadmapYDoc,
  CsvImportError,
  describeFieldChange,
  describeImportPlan,
  FILE_SHAPE_LABELS,
  guessMapping,
  initializeRoadmap,
  INITIATIVE_STATUS_LABELS,
  INITIATIVE_STATUSES,
  planChangesAnything,
  planImport,
  readCsv,
  roadmapTitleFromFileName,
  type ColumnTarget,
  type CsvTable,
  type FileShape,
  type ImportPlan,
  type ImportResult,
  type InitiativeStatus,
  type LineNote,
  type RoadmapLibrary,
  type RoadmapSnapshot,
} from '../../shared';
import { useExternalSelector, type ExternalStore } from '../state/use-external';
import type { RoadmapSession } from '../state/roadmap-session';
import { runCommand } from '../state/run-command';
import { recallImportChoices, rememberImportChoices } from '../state/remembered';
import { createImportedRoadmap } from '../state/library-session';
import { Dialog } from '../ui/Dialog';

/** A file picked or dropped for import: its name and bytes. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const NO_ROADMAP: ExternalStore<RoadmapSnapshot | null> = { subscribe: () => () => {}, getSnapshot: () => null };

const PREVIEW_ROWS = 5;
const LISTED = 50;

type Stage =
  | { kind: 'reading'; done: number }
  | { kind: 'failed'; message: string }
  | { kind: 'mapping'; table: CsvTable; shape: FileShape }
  | { kind: 'done'; result: ImportResult; plan: ImportPlan; roadmapId: string | null };

/**
 * File → Import CSV or JSON… (for a CSV file): reads the file (with progress, cancellable), recognizes its shape, then shows the
 * first rows with each column's target (the guess preselected), the date format (asked when ambiguous),
 * how the file's statuses map, whether links become dependencies, and into which roadmap, with what the
 * import would do; nothing is written before Import. Afterwards, the report: created, updated, skipped.
 */
export function ImportDialog({
  file,
  library,
  session,
  onOpen,
  onClose,
}: {
  file: ImportFile;
  library: RoadmapLibrary;
  /** The open roadmap, or null when none is open (the import then makes a new one). */
  session: RoadmapSession | null;
  onOpen: (roadmapId: string) => void;
  onClose: () => void;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'reading', done: 0 });
  const reading = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    reading.current = controller;
    readCsv(file.bytes, { signal: controller.signal, onProgress: (done) => setStage({ kind: 'reading', done }) })
      .then((table) => setStage({ kind: 'mapping', table, shape: guessMapping(table.headers).shape }))
      .catch((error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setStage({
          kind: 'failed',
          message:
            error instanceof CsvImportError
              ? error.message
              : `This file could not be read: ${(error as Error).message}`,
        });
      });
    return () => controller.abort();
  }, [file]);

  const cancel = () => {
    reading.current?.abort();
    onClose();
  };

  return (
    <Dialog wide title={`Import “${file.name}”`} onClose={stage.kind === 'done' ? onClose : cancel}>
      <div className="import-dialog">
        {stage.kind === 'reading' && (
          <div className="dialog-section" aria-live="polite">
            <p>Reading the file…</p>
            <progress max={1} value={stage.done} aria-label="Reading the file" />
            <div className="dialog-actions">
              <button type="button" className="secondary" onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {stage.kind === 'failed' && (
          <div className="dialog-section">
            <p role="alert" className="import-refusal">
              {stage.message}
            </p>
            <p className="hint">Nothing was imported; your roadmaps are unchanged.</p>
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                OK
              </button>
            </div>
          </div>
        )}
        {stage.kind === 'mapping' && (
          <MappingStep
            file={file}
            table={stage.table}
            shape={stage.shape}
            library={library}
            session={session}
            onCancel={onClose}
            onImported={(result, plan, roadmapId) => setStage({ kind: 'done', result, plan, roadmapId })}
          />
        )}
        {stage.kind === 'done' && (
          <ImportReport
            result={stage.result}
            plan={stage.plan}
            intoNewRoadmap={stage.roadmapId !== null}
            onClose={() => {
              if (stage.roadmapId) onOpen(stage.roadmapId);
              onClose();
            }}
          />
        )}
      </div>
    </Dialog>
  );
}

function MappingStep({
  file,
  table,
  shape,
  library,
  session,
  onCancel,
  onImported,
}: {
  file: ImportFile;
  table: CsvTable;
  shape: FileShape;
  library: RoadmapLibrary;
  session: RoadmapSession | null;
  onCancel: () => void;
  onImported: (result: ImportResult, plan: ImportPlan, roadmapId: string | null) => void;
}) {
  const ids = useId();
  // A later export of the same project (the same columns) starts from what was chosen last time.
  const [remembered] = useState(() => recallImportChoices(table.headers));
  const [mapping, setMapping] = useState<ColumnTarget[]>(() => [
    ...(remembered?.mapping ?? guessMapping(table.headers).mapping),
  ]);
  const [dateFormat, setDateFormat] = useState<string | null>(remembered?.dateFormat ?? null);
  const [statusMap, setStatusMap] = useState<Record<string, InitiativeStatus>>(remembered?.statusMap ?? {});
  const [dependencies, setDependencies] = useState(remembered?.dependencies ?? true);
  const resetToGuesses = () => {
    setMapping([...guessMapping(table.headers).mapping]);
    setDateFormat(null);
    setStatusMap({});
    setDependencies(true);
  };
  // Re-planned whenever the open roadmap changes (a peer's edit), so the preview is always of now.
  const version = useExternalSelector(session?.store ?? NO_ROADMAP, (snapshot) => snapshot);
  const readOnly = version?.schema.kind === 'newer';
  const currentTitle = version?.meta.title ?? '';
  const [into, setInto] = useState<'new' | 'current'>(session && !readOnly ? 'current' : 'new');
  const [newTitle, setNewTitle] = useState(() => roadmapTitleFromFileName(file.name));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const blank = useMemo(() => {
    const doc = createRoadmapYDoc();
    initializeRoadmap(doc, { title: 'Import preview' });
    return doc;
  }, []);
  useEffect(() => () => blank.destroy(), [blank]);
  const target: Y.Doc = into === 'current' && session ? session.doc : blank;
  const today = useMemo(() => new Date().toLocaleDateString('sv-SE'), []);
  const plan = useMemo(
    () => planImport(target, table, { mapping, dateFormat, statusMap, dependencies, today }),
    // `version` re-plans on every change of the open roadmap.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target, table, mapping, dateFormat, statusMap, dependencies, today, version],
  );
  const hasLinks = mapping.some((column) => column === 'blocks' || column === 'blockedBy' || column === 'predecessors');
  const hasDates = mapping.some((column) => column === 'startDate' || column === 'endDate');

  const run = async () => {
    setError(null);
    rememberImportChoices(table.headers, { mapping, dateFormat, statusMap, dependencies });
    if (into === 'current' && session) {
      const outcome = runCommand(session.doc, applyImport, plan);
      if (!outcome.ok) return setError(outcome.problems.map((problem) => problem.message).join(' '));
      return onImported(outcome.result, plan, null);
    }
    const title = newTitle.trim();
    if (!title) return setError('Give the new roadmap a title.');
    setBusy(true);
    try {
      let result: ImportResult | null = null;
      let applied: ImportPlan = plan;
      const id = await createImportedRoadmap(library, title.slice(0, 200), (doc) => {
        applied = planImport(doc, table, { mapping, dateFormat, statusMap, dependencies, today });
        result = applyImport(doc, applied);
      });
      onImported(result!, applied, id);
    } catch (caught) {
      setError(`The roadmap could not be created: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <p className="hint">
        {table.rows.length.toLocaleString()} rows, read as {FILE_SHAPE_LABELS[shape]}. Check what each column becomes;
        nothing is written until you import.
      </p>
      {remembered && (
        <p className="hint">
          The columns are set as in your last import of a file like this one.{' '}
          <button type="button" className="link" onClick={resetToGuesses}>
            Start from Waymark’s guesses
          </button>
        </p>
      )}
      {table.warnings.map((warning) => (
        <p key={warning} className="hint">
          {warning}
        </p>
      ))}
      <div className="import-preview" role="region" aria-label="First rows and column targets" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {table.headers.map((header, index) => (
                <th key={index} scope="col">
                  <span className="import-header-name">{header}</span>
                  <select
                    aria-label={`Column ${index + 1}, ${header}, becomes`}
                    value={mapping[index]}
                    onChange={(event) => {
                      const next = [...mapping];
                      next[index] = event.target.value as ColumnTarget;
                      setMapping(next);
                    }}
                  >
                    {COLUMN_TARGETS.map((option) => (
                      <option key={option} value={option}>
                        {COLUMN_TARGET_LABELS[option]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index} className={mapping[index] === 'ignore' ? 'ignored' : undefined} title={cell}>
                    {cell.length > 60 ? `${cell.slice(0, 59)}…` : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {hasDates && (plan.dateFormats.length > 1 || dateFormat !== null || plan.dateFormat) && (
        <label className="field">
          <span>Dates are written like</span>
          <select
            value={dateFormat ?? (plan.dateFormats.length > 1 ? '' : (plan.dateFormat?.id ?? ''))}
            aria-invalid={plan.dateFormats.length > 1 && dateFormat === null ? true : undefined}
            onChange={(event) => setDateFormat(event.target.value || null)}
          >
            {plan.dateFormats.length > 1 && dateFormat === null && <option value="">Choose…</option>}
            {(plan.dateFormats.length > 1 ? plan.dateFormats : plan.dateFormat ? [plan.dateFormat] : []).map(
              (format) => (
                <option key={format.id} value={format.id}>
                  {format.label}
                </option>
              ),
            )}
          </select>
        </label>
      )}

      {plan.statuses.length > 0 && (
        <fieldset className="import-statuses">
          <legend>Statuses</legend>
          {plan.statuses.map(({ value, count, status }) => (
            <label key={value} className="import-status">
              <span>
                {value} <span className="hint">({count})</span>
              </span>
              <select
                aria-label={`Status “${value}” becomes`}
                value={status}
                onChange={(event) => setStatusMap({ ...statusMap, [value]: event.target.value as InitiativeStatus })}
              >
                {INITIATIVE_STATUSES.map((option) => (
                  <option key={option} value={option}>
                    {INITIATIVE_STATUS_LABELS[option]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}

      {hasLinks && (
        <label className="check">
          <input type="checkbox" checked={dependencies} onChange={(event) => setDependencies(event.target.checked)} />
          Make dependencies from links (Blocks, Depends on)
        </label>
      )}

      <fieldset className="import-into">
        <legend>Import into</legend>
        <label className="check">
          <input
            type="radio"
            name={`${ids}-into`}
            checked={into === 'current'}
            disabled={!session || readOnly}
            onChange={() => setInto('current')}
          />
          {session ? `This roadmap, “${currentTitle}”` : 'This roadmap'}
        </label>
        <label className="check">
          <input type="radio" name={`${ids}-into`} checked={into === 'new'} onChange={() => setInto('new')} />A new
          roadmap
        </label>
        {into === 'new' && (
          <label className="field">
            <span>New roadmap’s title</span>
            <input value={newTitle} maxLength={200} onChange={(event) => setNewTitle(event.target.value)} />
          </label>
        )}
      </fieldset>

      <PlanSummary plan={plan} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy || plan.blockers.length > 0 || !planChangesAnything(plan)}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** What the import would do, as the person decides: totals, then the details that matter. */
function PlanSummary({ plan }: { plan: ImportPlan }) {
  if (plan.blockers.length > 0) {
    return (
      <div className="import-summary" role="status">
        {plan.blockers.map((blocker) => (
          <p key={blocker} className="field-error">
            {blocker}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div className="import-summary" role="status" aria-label="What the import will do">
      <p>{describeImportPlan(plan)}</p>
      {plan.updates.length > 0 && (
        <details open={plan.updates.length <= 10}>
          <summary>Changes to items already here ({plan.updates.length.toLocaleString()})</summary>
          <ul className="import-changes">
            {plan.updates.slice(0, LISTED).map((update) => (
              <li key={update.id}>
                <strong>{update.title}</strong>: {update.changes.map(describeFieldChange).join('; ')}
              </li>
            ))}
            {plan.updates.length > LISTED && <li>…and {(plan.updates.length - LISTED).toLocaleString()} more</li>}
          </ul>
        </details>
      )}
      <LineNotes title="Skipped" notes={plan.skipped} />
      <LineNotes title="Given a default span, or left unscheduled (missing dates)" notes={plan.defaultSpans} />
      <LineNotes title="Imported with a change" notes={plan.notes} />
    </div>
  );
}

function LineNotes({ title, notes }: { title: string; notes: readonly LineNote[] }) {
  if (notes.length === 0) return null;
  return (
    <details>
      <summary>
        {title} ({notes.length.toLocaleString()})
      </summary>
      <ul className="import-notes">
        {notes.slice(0, LISTED).map((note, index) => (
          <li key={index}>
            Line {note.line}
            {note.title && ` (“${note.title.length > 50 ? `${note.title.slice(0, 49)}…` : note.title}”)`}:{' '}
            {note.message}
          </li>
        ))}
        {notes.length > LISTED && <li>…and {(notes.length - LISTED).toLocaleString()} more</li>}
      </ul>
    </details>
  );
}

/** After the import: what it did, and every skipped row with its line and reason. */
function ImportReport({
  result,
  plan,
  intoNewRoadmap,
  onClose,
}: {
  result: ImportResult;
  plan: ImportPlan;
  intoNewRoadmap: boolean;
  onClose: () => void;
}) {
  return (
    <div className="dialog-section">
      <p role="status" aria-label="Import report">
        Imported: {count(result.created, 'item')} created, {count(result.updated, 'item')} updated
        {result.goalsCreated > 0 && `, ${count(result.goalsCreated, 'goal')} created`}
        {result.dependenciesCreated > 0 && `, ${count(result.dependenciesCreated, 'dependency', 'dependencies')} added`}
        , {count(plan.unchanged.length, 'row')} unchanged, {count(plan.skipped.length, 'row')} skipped.
      </p>
      <p className="hint">
        {intoNewRoadmap ? 'Done opens the new roadmap.' : 'One Undo (Ctrl+Z) takes the whole import back.'}
      </p>
      <LineNotes title="Skipped" notes={plan.skipped} />
      <LineNotes title="Given a default span, or left unscheduled (missing dates)" notes={plan.defaultSpans} />
      <LineNotes title="Imported with a change" notes={plan.notes} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </div>
  );
}
