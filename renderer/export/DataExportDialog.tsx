import { useState } from 'react';
import { exportRoadmapJson, roadmapToCsv, type CsvDelimiter } from '../../shared';
import type { DataExportFormat } from '../../electron/preload-api';
import { useRoadmap, useSession } from '../state/session-context';
import { Dialog } from '../ui/Dialog';
import { FieldError } from '../ui/FieldError';
import { saveDataExport } from './export-data';

const DELIMITER_LABELS: Record<CsvDelimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon (Excel where a comma is the decimal mark)',
  '\t': 'Tab',
};

/**
 * File → Export CSV… and Export JSON…: CSV is one row per initiative and milestone, for spreadsheets and
 * other tools (and import back); JSON is the whole roadmap, for a backup or a script.
 */
export function DataExportDialog({ format: initial, onClose }: { format: DataExportFormat; onClose: () => void }) {
  const session = useSession();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const rows = useRoadmap((snapshot) => snapshot.initiatives.size + snapshot.milestones.size);
  const [format, setFormat] = useState<DataExportFormat>(initial);
  // Excel reads a UTF-8 file without a BOM as the local code page, garbling accents: on unless asked not to.
  const [bom, setBom] = useState(true);
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [repairs, setRepairs] = useState<readonly string[] | null>(null);

  const exportNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const { text, warnings } =
        format === 'csv'
          ? { text: roadmapToCsv(session.doc, { bom, delimiter }), warnings: [] }
          : exportRoadmapJson(session.doc, { exportedAt: new Date().toISOString() });
      if (!(await saveDataExport(new TextEncoder().encode(text), title, format))) return;
      // What the file could not hold as the app shows it is said before the dialog goes.
      if (warnings.length === 0) onClose();
      else setRepairs(warnings);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (repairs) {
    return (
      <Dialog title={`Export ${format.toUpperCase()}`} onClose={onClose}>
        <div className="export-form" role="status" aria-label="Export report">
          <p>
            Exported, with {repairs.length} {repairs.length === 1 ? 'value' : 'values'} written as the app shows{' '}
            {repairs.length === 1 ? 'it' : 'them'}:
          </p>
          <ul className="small">
            {repairs.slice(0, 20).map((repair) => (
              <li key={repair}>{repair}</li>
            ))}
            {repairs.length > 20 && <li>… and {repairs.length - 20} more</li>}
          </ul>
          <button type="button" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Export ${format.toUpperCase()}`} onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <fieldset className="checks">
          <legend>Format</legend>
          <label className="check">
            <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            CSV: one row per initiative and milestone, for spreadsheets and other tools
          </label>
          <label className="check">
            <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
            JSON: the whole roadmap (goals, key results with check-ins, baselines), for a backup or a script
          </label>
        </fieldset>
        {format === 'csv' ? (
          <>
            <label className="field">
              Separator
              <select
                aria-label="Separator"
                value={delimiter}
                onChange={(event) => setDelimiter(event.target.value as CsvDelimiter)}
              >
                {Object.entries(DELIMITER_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
              For Excel: mark the file as UTF-8 (a byte order mark)
            </label>
            <p className="muted small">
              {rows.toLocaleString()} {rows === 1 ? 'row' : 'rows'}, dates as YYYY-MM-DD. Imported back into this
              roadmap, the file updates the same items.
            </p>
          </>
        ) : (
          <p className="muted small">
            Import it (Import… in the roadmap list, or drop it on the window) to make the roadmap again. Format:
            docs/JSON-FORMAT.md.
          </p>
        )}
        <FieldError message={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
      </form>
    </Dialog>
  );
}
