import { TABLE_TARGETS, type TableFigures, type MedianAndMax as MedianAndMaxMs } from './table';
import type { ComparisonFigures, StorageFigures } from './baseline-storage';
import type { CanvasFigures, ComparedPanFigures, FrameStats } from './canvas';
import type { CatchUpFigures, LatencyFigures } from './sync';
import type { ExportFigures } from './export';
import type { CliFigures } from './cli';
import type { ImportFigures, Timing } from './import';
import type { DurabilityFigures, GuessingFigures } from './host';
import type { AlignmentFigures, AlignmentViewFigures } from './alignment';

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const frames = (stats: FrameStats | null) => (stats ? `${ms(stats.p50)} / ${ms(stats.p95)} / ${ms(stats.max)}` : '—');
const mb = (value: number | null) => (value === null ? '—' : value.toFixed(1));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** One row per renderer and roadmap size. */
export function canvasTables(figures: readonly CanvasFigures[]): string[] {
  return table(
    [
      'canvas',
      'initiatives',
      'first render ms',
      'data read ms',
      'pan: work/frame p50 / p95 / max ms',
      'drag: work/frame p50 / p95 / max ms',
      'heap after GC MB',
      'of which Y.Doc / read model MB',
      'DOM elements',
    ],
    figures.map((figure) => [
      figure.renderer,
      figure.initiatives.toLocaleString('en-US'),
      ms(figure.firstRenderMs),
      figure.dataReadMs === null ? '—' : ms(figure.dataReadMs),
      frames(figure.pan),
      frames(figure.drag),
      mb(figure.heapMb),
      figure.docMb === null ? '—' : `${mb(figure.docMb)} / ${mb(figure.readModelMb)}`,
      figure.domNodes.toLocaleString('en-US'),
    ]),
  );
}

/** Pan p95 with the comparison's ghosts and marks shown and without, per size (target: within 1 ms). */
export function comparedPanTable(figures: readonly ComparedPanFigures[]): string[] {
  const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return table(
    [
      'pan while comparing',
      'bars changed',
      'p95 without, each run ms',
      'p95 with ghosts, each run ms',
      'median difference ms',
    ],
    figures.map((figure) => [
      `${figure.initiatives.toLocaleString('en-US')} initiatives`,
      figure.changed.toLocaleString('en-US'),
      figure.without.map(ms).join(' / '),
      figure.with.map(ms).join(' / '),
      (median(figure.with) - median(figure.without)).toFixed(1),
    ]),
  );
}

/** Waymark's figures over the comparison library's, per size (below 1 is better for Waymark). */
export function comparisonTable(figures: readonly CanvasFigures[]): string[] {
  const sizes = [...new Set(figures.map((figure) => figure.initiatives))];
  const rows = sizes.flatMap((size) => {
    const ours = figures.find((figure) => figure.initiatives === size && figure.renderer === 'Waymark');
    const theirs = figures.find((figure) => figure.initiatives === size && figure.renderer !== 'Waymark');
    if (!ours || !theirs) return [];
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    return [
      [
        size.toLocaleString('en-US'),
        ratio(ours.firstRenderMs, theirs.firstRenderMs),
        ratio(ours.pan.p95, theirs.pan.p95),
        ratio(ours.heapMb, theirs.heapMb),
      ],
    ];
  });
  const other = figures.find((figure) => figure.renderer !== 'Waymark')?.renderer ?? 'the other';
  return table(['Waymark ÷ ' + other, 'first render', 'pan work/frame p95', 'heap'], rows);
}

/** PDF export times. */
export function exportTable(figures: readonly ExportFigures[]): string[] {
  return table(
    ['PDF export (Node)', 'pages', 'size', 'median ms', 'max ms'],
    figures.map((figure) => [
      `${figure.initiatives.toLocaleString('en-US')} initiatives`,
      String(figure.pages),
      `${figure.kilobytes.toFixed(0)} kB`,
      ms(figure.medianMs),
      ms(figure.maxMs),
    ]),
  );
}

/** Command-line start times. */
export function cliTable(figures: readonly CliFigures[]): string[] {
  return table(
    ['command line (whole process)', 'median ms', 'max ms'],
    figures.map((figure) => [`\`${figure.command}\``, ms(figure.medianMs), ms(figure.maxMs)]),
  );
}

/** The host's durability under kill -9, and how fast it answers guessed codes. */
export function hostTables(durability: DurabilityFigures, guessing: GuessingFigures): string[] {
  return [
    ...table(
      [
        'kill -9 of the host while a client streams edits',
        'runs',
        'edits relayed before the kill',
        `lost, relayed > ${durability.marginMs} ms before`,
        `lost, relayed within ${durability.marginMs} ms`,
      ],
      [
        [
          "journal fsync'd in batches",
          String(durability.runs),
          durability.relayed.toLocaleString('en-US'),
          durability.lostBeforeMargin.toLocaleString('en-US'),
          durability.lostWithinMargin.toLocaleString('en-US'),
        ],
      ],
    ),
    '',
    ...table(
      ['guessing join codes, a random Origin per attempt', 'attempts', 'wrong codes answered per second'],
      [
        [
          `8 parallel clients for ${guessing.seconds} s`,
          guessing.attempts.toLocaleString('en-US'),
          guessing.answeredPerSecond.toFixed(1),
        ],
      ],
    ),
  ];
}

/** Sync latency and catch-up, as tables. */
export function syncTables(result: { latency: readonly LatencyFigures[]; catchUp: CatchUpFigures }): string[] {
  return [
    ...table(
      ['sync on loopback', 'edits × receiving peers', 'edit-to-visible p50 ms', 'p95 ms', 'max ms'],
      result.latency.map((figure) => [
        `${figure.peers} peers`,
        figure.samples.toLocaleString('en-US'),
        ms(figure.p50),
        ms(figure.p95),
        ms(figure.max),
      ]),
    ),
    '',
    ...table(
      ['catch-up', 'missed edits', 'update size', 'reconnect to in sync ms'],
      [
        [
          'a peer back after missing edits',
          result.catchUp.missedEdits.toLocaleString('en-US'),
          `${(result.catchUp.bytes / 1024).toFixed(1)} kB`,
          ms(result.catchUp.ms),
        ],
      ],
    ),
  ];
}

/** The alignment's recomputation after one edit (Node), its first computation, and the view's render (Chromium). */
/** The table view's figures against issue #15's targets. */
export function tableTables(figures: TableFigures): string[] {
  const { firstRenderMs, scrollP95Ms, sortMs } = TABLE_TARGETS;
  const timed = (label: string, target: string, figure: MedianAndMaxMs) => [
    label,
    target,
    String(figures.runs),
    ms(figure.medianMs),
    ms(figure.maxMs),
  ];
  return [
    ...table(
      [
        `table view, ${figures.initiatives.toLocaleString('en-US')} initiatives (${figures.rows.toLocaleString('en-US')} rows)`,
        'target',
        'runs',
        'median ms',
        'max ms',
      ],
      [
        timed(
          'first render: click on the Table tab to the frame after its rows',
          `< ${firstRenderMs} ms`,
          figures.firstRender,
        ),
        timed('sort by title: click on the heading to the frame after', `< ${sortMs} ms`, figures.sortAscending),
        timed('… again, descending', `< ${sortMs} ms`, figures.sortDescending),
        timed('sort by start date', `< ${sortMs} ms`, figures.sortByStart),
      ],
    ),
    '',
    ...table(
      ['scroll work per frame (main thread)', 'target', 'frames', 'p50 ms', 'p95 ms', 'max ms'],
      figures.scroll.map((figure) => [
        `scrolling down ${figure.pxPerFrame} px a frame`,
        `p95 < ${scrollP95Ms} ms`,
        String(figure.frames),
        ms(figure.p50),
        ms(figure.p95),
        ms(figure.max),
      ]),
    ),
  ];
}

export function alignmentTables(updates: AlignmentFigures, view: AlignmentViewFigures): string[] {
  return [
    ...table(
      ['alignment after one edit (Node; target under 5 ms)', 'edits', 'p50 ms', 'p95 ms', 'max ms'],
      [
        ['first computation (store + lanes + alignment)', '1', ms(updates.firstMs), '—', '—'],
        ...updates.edits.map((figure) => [
          figure.kind,
          String(figure.edits),
          ms(figure.p50),
          ms(figure.p95),
          ms(figure.max),
        ]),
      ],
    ),
    '',
    ...table(
      ['alignment view (Chromium; target under 100 ms)', 'runs', 'goal rows', 'median ms', 'max ms'],
      [
        [
          'click on the Alignment tab to the frame after the first rows',
          String(view.runs),
          '—',
          ms(view.first.medianMs),
          ms(view.first.maxMs),
        ],
        [
          '… to the frame after all rows',
          String(view.runs),
          String(view.rows),
          ms(view.all.medianMs),
          ms(view.all.maxMs),
        ],
      ],
    ),
  ];
}

/** The two ways to store baselines against none: the stored document's size, opening it, reading a baseline. */
export function baselineStorageTable(figures: readonly StorageFigures[]): string[] {
  const none = figures.find((figure) => figure.kind === 'none')!;
  const times = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
  return table(
    [
      'baselines stored as (targets: ≤ 2× the size, ≤ 1.2× the open)',
      'MB',
      'size',
      'open ms',
      'open',
      'read a baseline ms',
    ],
    figures.map((figure) => [
      figure.kind,
      (figure.bytes / 1e6).toFixed(2),
      times(figure.bytes, none.bytes),
      ms(figure.openMs),
      times(figure.openMs, none.openMs),
      figure.kind === 'none' ? '—' : ms(figure.readBaselineMs),
    ]),
  );
}

/** Comparing 10,000 initiatives with a baseline: rebuilding it once, then each comparison. */
export function comparisonFiguresTable(figures: ComparisonFigures): string[] {
  return table(
    ['comparing 10,000 initiatives with a baseline (target: under 50 ms)', 'runs', 'p50 ms', 'p95 ms'],
    [
      [
        'rebuilding the baseline’s plan from its snapshot, sharing unchanged records (once)',
        '1',
        ms(figures.rebuildMs),
        '—',
      ],
      ['first comparison', '1', ms(figures.firstMs), '—'],
      ['both, once per baseline and session', '1', ms(figures.rebuildMs + figures.firstMs), '—'],
      ...(
        [
          ['comparing again after a bar moved', figures.perEdit.barMoved],
          ['comparing again after a check-in', figures.perEdit.checkIn],
        ] as const
      ).map(([label, edits]) => [label, String(edits.edits), ms(edits.p50), ms(edits.p95)]),
    ],
  );
}

const timed = (timing: Timing) => `${ms(timing.medianMs)} / ${ms(timing.maxMs)}`;

/**
 * CSV import at scale: into a new roadmap phase by phase, whether the largest size meets the target; the
 * re-imports into the filled roadmap; the command line as a whole process. Cells are median / max ms.
 */
export function importTables(figures: readonly ImportFigures[], targetMs: number): string[] {
  const largest = Math.max(...figures.map((figure) => figure.rows));
  const rows = (figure: ImportFigures) => figure.rows.toLocaleString('en-US');
  const target = `under ${(targetMs / 1000).toLocaleString('en-US')} s for ${largest.toLocaleString('en-US')} rows`;
  return [
    ...table(
      [
        `Jira CSV into a new roadmap (Node; median / max ms; target: ${target})`,
        'rows',
        'file',
        'made',
        'readCsv',
        'guessMapping',
        'planImport',
        'applyImport',
        'total',
        'target met',
      ],
      figures.map((figure) => [
        'read, recognize, plan, apply',
        rows(figure),
        `${figure.megabytes.toFixed(1)} MB`,
        `${figure.goals.toLocaleString('en-US')} goals, ${figure.created.toLocaleString('en-US')} items, ${figure.dependencies.toLocaleString('en-US')} dependencies`,
        timed(figure.read),
        timed(figure.recognize),
        timed(figure.plan),
        timed(figure.apply),
        timed(figure.total),
        figure.rows === largest
          ? figure.total.maxMs < targetMs
            ? 'yes (median and max)'
            : figure.total.medianMs < targetMs
              ? 'median only'
              : 'no'
          : '—',
      ]),
    ),
    '',
    ...table(
      [
        're-import into the filled roadmap (Node; median / max ms)',
        'rows',
        'changes',
        'planImport',
        'applyImport',
        'total',
      ],
      figures.flatMap((figure) => [
        [
          'the same file again',
          rows(figure),
          `none (${figure.unchanged.toLocaleString('en-US')} unchanged)`,
          timed(figure.samePlan),
          '—',
          timed(figure.sameTotal),
        ],
        [
          'a later export, ~5% of rows changed',
          rows(figure),
          `${figure.updated.toLocaleString('en-US')} items updated`,
          timed(figure.changedPlan),
          timed(figure.changedApply),
          timed(figure.changedTotal),
        ],
      ]),
    ),
    '',
    ...table(
      ['command line (whole process; median / max ms)', 'rows', 'start to exit'],
      figures.map((figure) => [
        '`npm run import -- jira.csv --out new.waymark`',
        rows(figure),
        timed(figure.commandLine),
      ]),
    ),
  ];
}
