import { useId, useState } from 'react';
import {
  baselineKind,
  filterLanes,
  isFiltering,
  localDayOf,
  PAGE_SIZES,
  planAtBaseline,
  reviewBaselineName,
  matchesFilter,
  selectLanes,
  selectUnscheduled,
  takeBaseline,
  type PageSizeName,
  type PdfOptionsInput,
  type RoadmapLibrary,
} from '../../shared';
import { useClock, useProfileName, useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { useBaselines } from '../state/use-changes';
import { runCommand } from '../state/run-command';
import { formatDay } from '../ui/format';
import { visibleRange } from '../canvas/visible-range';
import { Dialog } from '../ui/Dialog';
import { exportPdfBytes, savePdf } from './export-pdf';
import { FieldError } from '../ui/FieldError';

type RangeChoice = 'content' | 'visible' | 'custom';

/**
 * File → Export PDF…: page size and orientation, date range, lanes (those the canvas shows, filters
 * applied, or all), color, layout and sections, and for a review the baseline to show the changes since
 * (and a baseline to take of what is presented); then the PDF is made here and saved.
 */
export function ExportDialog({ library, onClose }: { library: RoadmapLibrary; onClose: () => void }) {
  const session = useSession();
  const clock = useClock();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const filter = useUiStore((state) => state.filter);
  const canvasColorBy = useUiStore((state) => state.colorBy);
  const collapsedLanes = useUiStore((state) => state.collapsedLanes);
  const [keepCollapsed, setKeepCollapsed] = useState(true);
  const [pageSize, setPageSize] = useState<PageSizeName>('A4');
  const [orientation, setOrientation] = useState<'landscape' | 'portrait'>('landscape');
  const [range, setRange] = useState<RangeChoice>('content');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [lanes, setLanes] = useState<'shown' | 'all' | 'chosen'>('shown');
  const allLanes = useRoadmap((snapshot) => selectLanes(snapshot));
  const unscheduled = useRoadmap(selectUnscheduled);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(allLanes.map((lane) => lane.key)));
  const [colorBy, setColorBy] = useState(canvasColorBy);
  const [layout, setLayout] = useState<'fit' | 'tiled'>('fit');
  // The alignment page is for a review of the goals, not every stakeholder's copy: asked for.
  const [sections, setSections] = useState({
    title: true,
    timeline: true,
    appendix: true,
    alignment: false,
    changes: true,
  });
  const [author, setAuthor] = useState(() => library.profile().name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = useRoadmap((snapshot) => snapshot.schema.kind === 'newer');
  const fiscalYearStartMonth = useRoadmap((snapshot) => snapshot.meta.fiscalYearStartMonth);
  const profileName = useProfileName();
  const baselines = useBaselines();
  // A review pack when the Changes view is open or the timeline compares with a baseline: compared with
  // the baseline they show. Otherwise asked for.
  const [since, setSince] = useState<string>(() => {
    const { view, comparing, comparedBaselineId, comparedRoadmapId } = useUiStore.getState();
    const reviewing = (view === 'changes' || (view === 'timeline' && comparing)) && !comparedRoadmapId;
    if (!reviewing || baselines.length === 0) return '';
    return (baselines.find((baseline) => baseline.id === comparedBaselineId) ?? baselines[0]!).id;
  });
  const compared = baselines.find((baseline) => baseline.id === since) ?? null;
  const [takeAfter, setTakeAfter] = useState(false);
  const [baselineName, setBaselineName] = useState(() => reviewBaselineName(clock.today(), fiscalYearStartMonth));
  const [nameError, setNameError] = useState<string | null>(null);
  const nameErrorId = useId();

  const isCollapsed = (key: string) => collapsedLanes[key] === true;
  const collapsed = allLanes.filter((lane) => isCollapsed(lane.key));
  const collapsedCount = collapsed.length;
  // Unaligned is a lane, not a goal.
  const noun = collapsed.some((lane) => lane.goal === null) ? 'lane' : 'goal';

  // The Changes page counts only when comparing.
  const hasSection =
    sections.title || sections.timeline || sections.appendix || sections.alignment || (sections.changes && !!compared);

  const exportNow = async () => {
    setError(null);
    setNameError(null);
    const name = baselineKind.shape.name.safeParse(baselineName);
    if (takeAfter && !name.success) {
      setNameError(name.error.issues[0]?.message ?? 'Give the baseline a name.');
      return;
    }
    const snapshot = session.store.getSnapshot();
    const shown = filterLanes(selectLanes(snapshot), filter);
    const baselinePlan = (baseline: Parameters<typeof planAtBaseline>[1]) => planAtBaseline(session.doc, baseline);
    // Compared and filtered: the initiatives the filter matched at the baseline count too (removed ones).
    const matchedThen =
      compared && isFiltering(filter)
        ? filterLanes(selectLanes(baselinePlan(compared)), filter).flatMap((lane) => lane.initiatives.map((i) => i.id))
        : [];
    const visible = range === 'visible' ? visibleRange() : null;
    const options: PdfOptionsInput = {
      pageSize,
      orientation,
      from: range === 'custom' ? from || null : (visible?.start ?? null),
      to: range === 'custom' ? to || null : (visible?.end ?? null),
      lanes: lanes === 'shown' ? shown.map((lane) => lane.key) : lanes === 'chosen' ? [...chosen] : null,
      collapsedLanes: lanes === 'shown' && keepCollapsed ? shown.map((lane) => lane.key).filter(isCollapsed) : [],
      initiatives:
        lanes === 'shown' && isFiltering(filter)
          ? [
              ...new Set([
                ...shown.flatMap((lane) => lane.initiatives.map((item) => item.id)),
                ...matchedThen,
                // The appendix lists the unscheduled ones the filter shows (the timeline has no place for them).
                ...unscheduled.filter((item) => matchesFilter(item, filter)).map((item) => item.id),
              ]),
            ]
          : null,
      colorBy,
      layout,
      sections: { ...sections, changes: sections.changes && compared !== null },
      since: compared?.id ?? null,
      asOf: clock.today(),
      author: author.trim(),
      // Numbers with the user's thousands separators; the PDF's language for screen readers.
      locale: navigator.language,
    };
    setBusy(true);
    try {
      const bytes = await exportPdfBytes(snapshot, options, baselinePlan);
      if (!(await savePdf(bytes, title))) return;
      if (takeAfter) {
        // What was presented, so the next review compares with it (one undo step, like taking one by hand).
        const outcome = runCommand(session.doc, takeBaseline, { name: baselineName, takenBy: profileName() });
        if (!outcome.ok) {
          setError(`The PDF is saved, but the baseline could not be taken: ${outcome.problems[0]?.message ?? ''}`);
          return;
        }
        useUiStore.setState({ comparedBaselineId: outcome.result });
        useUiStore
          .getState()
          .notify(`PDF saved, and baseline “${baselineName.trim()}” taken: the next review compares with it.`);
      }
      onClose();
    } catch (caught) {
      const issue = (caught as { issues?: { message: string }[] }).issues?.[0];
      setError(issue ? issue.message : `The PDF could not be made: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Export PDF" onClose={onClose}>
      <form
        className="dialog-section export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        {/* Each select is named by aria-label: a label wrapping it would add its options to its name. */}
        <div className="field-row">
          <label className="field">
            Page size
            <select
              aria-label="Page size"
              value={pageSize}
              onChange={(event) => setPageSize(event.target.value as PageSizeName)}
            >
              {Object.keys(PAGE_SIZES).map((size) => (
                <option key={size} value={size}>
                  {size === 'Letter' ? 'US Letter' : size === 'Tabloid' ? 'US Tabloid' : size}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Orientation
            <select
              aria-label="Orientation"
              value={orientation}
              onChange={(event) => setOrientation(event.target.value as 'landscape' | 'portrait')}
            >
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </label>
        </div>
        <label className="field">
          Dates
          <select aria-label="Dates" value={range} onChange={(event) => setRange(event.target.value as RangeChoice)}>
            <option value="content">The roadmap&apos;s content</option>
            <option value="visible">What the canvas shows now</option>
            <option value="custom">From… to…</option>
          </select>
        </label>
        {range === 'custom' && (
          <div className="field-row">
            <label className="field">
              From
              <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </label>
            <label className="field">
              To
              <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
            </label>
          </div>
        )}
        <div className="field-row">
          <label className="field">
            Goals
            <select
              aria-label="Goals"
              value={lanes}
              onChange={(event) => setLanes(event.target.value as 'shown' | 'all' | 'chosen')}
            >
              <option value="shown">
                {isFiltering(filter) ? 'As the canvas shows them (filtered)' : 'As the canvas shows them'}
              </option>
              <option value="all">All goals and initiatives</option>
              <option value="chosen">Choose goals…</option>
            </select>
          </label>
          <label className="field">
            Color by
            <select
              aria-label="Color bars by"
              value={colorBy}
              onChange={(event) => setColorBy(event.target.value as typeof colorBy)}
            >
              <option value="goal">Goal</option>
              <option value="status">Status</option>
              <option value="team">Team</option>
            </select>
          </label>
        </div>
        {lanes === 'shown' && collapsedCount > 0 && (
          <label className="check">
            <input
              type="checkbox"
              checked={keepCollapsed}
              onChange={(event) => setKeepCollapsed(event.target.checked)}
            />
            {collapsedCount === 1
              ? `Print the collapsed ${noun} collapsed (its initiatives stay in the table)`
              : `Print the ${collapsedCount} collapsed ${noun}s collapsed (their initiatives stay in the table)`}
          </label>
        )}
        {lanes === 'chosen' && (
          <fieldset className="checks goal-choices">
            <legend>Goals to include</legend>
            {allLanes.map((lane) => (
              <label key={lane.key} className="check" style={{ paddingLeft: lane.depth * 14 }}>
                <input
                  type="checkbox"
                  checked={chosen.has(lane.key)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(lane.key);
                    else next.delete(lane.key);
                    setChosen(next);
                  }}
                />
                {lane.goal?.title ?? 'Unaligned'}
              </label>
            ))}
          </fieldset>
        )}
        <label className="field">
          Layout
          <select
            aria-label="Layout"
            value={layout}
            onChange={(event) => setLayout(event.target.value as 'fit' | 'tiled')}
          >
            <option value="fit">Fit to page width</option>
            <option value="tiled">Tiled: long ranges across pages, at readable scale</option>
          </select>
        </label>
        <fieldset className="checks">
          <legend>Sections</legend>
          {(
            [
              ['title', 'Title page with goals and key results'],
              ['timeline', 'Timeline'],
              ['appendix', 'Table of initiatives by goal'],
              ['alignment', 'Alignment page: work and goals that don\u2019t meet'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="check">
              <input
                type="checkbox"
                checked={sections[key]}
                onChange={(event) => setSections({ ...sections, [key]: event.target.checked })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>Review</legend>
          {baselines.length > 0 ? (
            <label className="field">
              Changes since
              <select aria-label="Changes since" value={since} onChange={(event) => setSince(event.target.value)}>
                <option value="">No comparison</option>
                {baselines.map((baseline) => (
                  <option key={baseline.id} value={baseline.id}>
                    {baseline.name} ({formatDay(localDayOf(new Date(baseline.takenAt)))})
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="muted small">No baseline yet: with one, the PDF can show what changed since.</p>
          )}
          {compared && (
            <label className="check">
              <input
                type="checkbox"
                checked={sections.changes}
                onChange={(event) => setSections({ ...sections, changes: event.target.checked })}
              />
              {`“Changes since ${compared.name}” page (the timeline shows where moved work was)`}
            </label>
          )}
          {!readOnly && (
            <label className="check">
              <input type="checkbox" checked={takeAfter} onChange={(event) => setTakeAfter(event.target.checked)} />
              Take a baseline of what is exported, for the next review
            </label>
          )}
          {!readOnly && takeAfter && (
            <>
              <label className="field">
                Baseline name
                <input
                  value={baselineName}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? nameErrorId : undefined}
                  onChange={(event) => setBaselineName(event.target.value)}
                />
              </label>
              <FieldError id={nameErrorId} message={nameError} />
            </>
          )}
        </fieldset>
        <label className="field">
          Prepared by
          <input value={author} maxLength={200} onChange={(event) => setAuthor(event.target.value)} />
        </label>
        <FieldError message={error} />
        <button type="submit" disabled={busy || !hasSection}>
          {busy ? 'Making the PDF…' : 'Export PDF'}
        </button>
      </form>
    </Dialog>
  );
}
