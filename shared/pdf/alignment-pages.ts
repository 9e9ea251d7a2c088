import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import type { Alignment, SmartGap } from '../read-model/alignment';
import type { Initiative } from '../model/initiative';
import type { KeyResult } from '../model/key-result';
import type { PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { COLUMN_GAP, flowColumns, pageColumns, type Piece as FlowPiece } from './column-flow';
import {
  FOOTER_HEIGHT,
  MARGIN,
  MIN_FONT,
  PAGE_TITLE_HEIGHT,
  SMALL_FONT,
  type AlignmentPage,
  type TextBox,
} from './plan';

const HEADING_FONT = 9.5;
const ITEM_FONT = 8;
const ITEM_LINE = 10;
const DETAIL_LINE = 9.5;
const ITEM_GAP = 3;
const LIST_GAP = 10;
/** Items are indented under their list's heading. */
const ITEM_INDENT = 8;
/** A detail wraps to this many lines at most, the last cut with an ellipsis. */
const DETAIL_LINES = 2;

/** One flagged item: what it is (a title) and why it is flagged. */
export interface FlagItem {
  readonly title: string;
  readonly detail: string;
}

/** One list of the alignment page: a heading, what it means, and its items. */
export interface FlagList {
  readonly heading: string;
  readonly explanation: string;
  readonly items: readonly FlagItem[];
}

const GAP_WORDS: Readonly<Record<SmartGap, string>> = {
  'no key result': 'no key result (not measurable)',
  'no due date': 'no due date (not time-bound)',
  'no owner': 'no owner',
};

const initiativeTitle = (initiative: Initiative) => initiative.title || 'Untitled initiative';
const dates = (initiative: Initiative) => `${initiative.startDate} to ${initiative.endDate}`;

/**
 * The alignment flags as lists to print, limited to what the export holds (its goals, and the canvas's filter
 * for initiatives): each list says what it means, each item what it is and why it is there.
 */
export function flagLists(snapshot: RoadmapSnapshot, lanes: readonly Lane[], alignment: Alignment): FlagList[] {
  const goals = new Set(lanes.flatMap((lane) => (lane.goal ? [lane.goal.id] : [])));
  const initiatives = new Set(lanes.flatMap((lane) => lane.initiatives.map((initiative) => initiative.id)));
  const shown = (initiative: Initiative) => initiatives.has(initiative.id);
  const goalTitle = (id: string | null) => (id && snapshot.goals.get(id)?.title) || 'Untitled goal';
  const ofGoal = (keyResult: KeyResult) => `of ${goalTitle(keyResult.goalId)}`;
  const { flags, period, context } = alignment;
  const quarter = `${period.start} to ${period.end}`;
  return [
    {
      heading: 'Initiatives on no goal',
      explanation: 'Unaligned work: it serves none of the roadmap\u2019s goals.',
      items: flags.unaligned.filter(shown).map((initiative) => ({
        title: initiativeTitle(initiative),
        detail: [initiative.team, initiative.owner, dates(initiative)].filter(Boolean).join(' · '),
      })),
    },
    {
      heading: 'Initiatives serving none of their goal\u2019s key results',
      explanation: 'On a goal with key results, but linked to none of them.',
      items: flags.servingNoKeyResult.filter(shown).map((initiative) => ({
        title: initiativeTitle(initiative),
        detail: `on ${goalTitle(initiative.goalId)} · ${dates(initiative)}`,
      })),
    },
    {
      heading: 'Goals with no work this quarter',
      explanation: `No initiative of the goal overlaps ${quarter}.`,
      items: flags.goalsWithoutWork
        .filter((goal) => goals.has(goal.id))
        .map((goal) => ({
          title: goal.title || 'Untitled goal',
          detail: [goal.owner && `owner ${goal.owner}`, goal.dueDate && `due ${goal.dueDate}`]
            .filter(Boolean)
            .join(' · '),
        })),
    },
    {
      heading: 'Key results with no work this quarter',
      explanation: `No initiative in ${quarter} contributes to them.`,
      items: flags.keyResultsWithoutWork
        .filter((keyResult) => goals.has(keyResult.goalId))
        .map((keyResult) => ({
          title: keyResult.title || 'Untitled key result',
          detail: [ofGoal(keyResult), keyResult.dueDate && `due ${keyResult.dueDate}`].filter(Boolean).join(' · '),
        })),
    },
    {
      heading: 'Initiatives ending after their goal is due',
      explanation: 'They finish too late to count for the goal.',
      items: flags.endingAfterGoalDue.filter(shown).map((initiative) => ({
        title: initiativeTitle(initiative),
        detail: `ends ${initiative.endDate}; ${goalTitle(initiative.goalId)} is due ${
          (initiative.goalId && snapshot.goals.get(initiative.goalId)?.dueDate) || '—'
        }`,
      })),
    },
    {
      heading: 'Goals that are not SMART',
      explanation: 'A goal needs a key result to measure it, a due date and an owner.',
      items: flags.notSmart
        .filter(({ goal }) => goals.has(goal.id))
        .map(({ goal, gaps }) => ({
          title: goal.title || 'Untitled goal',
          detail: gaps.map((gap) => GAP_WORDS[gap]).join(', '),
        })),
    },
    {
      heading: 'Stale key results',
      explanation: `No check-in for more than ${context.staleAfterDays} days.`,
      items: flags.staleKeyResults
        .filter((standing) => goals.has(standing.keyResult.goalId))
        .map((standing) => ({
          title: standing.keyResult.title || 'Untitled key result',
          detail: `${ofGoal(standing.keyResult)} · last check-in ${standing.keyResult.latestCheckIn?.date ?? '—'}, ${
            standing.daysSinceCheckIn
          } days before ${context.today}`,
        })),
    },
    {
      heading: 'Key results behind pace',
      explanation: `Progress trails where it would be on pace by more than ${context.paceTolerance} points.`,
      items: flags.behindPaceKeyResults
        .filter((standing) => goals.has(standing.keyResult.goalId))
        .map((standing) => ({
          title: standing.keyResult.title || 'Untitled key result',
          detail: `${ofGoal(standing.keyResult)} · ${Math.round(standing.progress)}% done, ${Math.round(
            standing.expected ?? 0,
          )}% expected by ${context.today}`,
        })),
    },
  ];
}

/** What a page holds while it is filled. */
interface Content {
  texts: TextBox[];
  rules: AlignmentPage['rules'][number][];
}
type Piece = FlowPiece<Content>;

/**
 * The alignment page(s): the export's scope and period, then each list of flags (an empty one says "None", so
 * a reader sees it was checked), in two columns on wide pages. Names wrap whole; a list too long for a column
 * continues under its heading in the next.
 */
export function alignmentPages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  alignment: Alignment,
  width: number,
  height: number,
  measure: MeasureText,
): AlignmentPage[] {
  const inner = width - 2 * MARGIN;
  const { columnCount, columnWidth } = pageColumns(inner);
  const bottom = height - MARGIN - FOOTER_HEIGHT;
  const lists = flagLists(snapshot, lanes, alignment);
  const flagged = lists.reduce((sum, list) => sum + list.items.length, 0);
  const goals = lanes.filter((lane) => lane.goal !== null).length;
  const scope = [
    `The fiscal quarter ${alignment.period.start} to ${alignment.period.end}, as of ${options.asOf}`,
    flagged === 0 ? 'nothing flagged' : `${flagged} flagged`,
    options.lanes && goals < snapshot.goals.size && `${goals} of ${snapshot.goals.size} goals`,
    options.initiatives && 'initiatives filtered as on the canvas',
  ]
    .filter(Boolean)
    .join(' · ');
  const scopeLines = wrapText(scope, inner, SMALL_FONT, measure);
  const headingText = (suffix: string) =>
    fitText(`${snapshot.meta.title || 'Untitled roadmap'}: alignment${suffix}`, inner, 10, measure, true);
  const header: TextBox[] = [
    {
      text: headingText(''),
      x: MARGIN,
      y: MARGIN,
      size: 10,
      bold: true,
      color: '#111827',
      role: 'H2',
    },
    ...scopeLines.map((text, index) => ({
      text,
      x: MARGIN,
      y: MARGIN + 14 + index * 10,
      size: SMALL_FONT,
      color: '#4b5563',
    })),
  ];
  const top = MARGIN + PAGE_TITLE_HEIGHT + scopeLines.length * 10 + 8;

  const headingPiece = (list: FlagList, continued: boolean): Piece => {
    const title = continued ? `${list.heading} (cont.)` : `${list.heading} (${list.items.length})`;
    const lines = wrapText(title, columnWidth, HEADING_FONT, measure, true);
    const explanation = continued ? [] : wrapText(list.explanation, columnWidth, MIN_FONT, measure);
    return {
      height: lines.length * 12 + 3 + explanation.length * DETAIL_LINE + 3,
      draw: (x, y, page) => {
        lines.forEach((text, index) =>
          page.texts.push({
            text,
            x,
            y: y + index * 12,
            size: HEADING_FONT,
            bold: true,
            color: list.items.length > 0 ? '#111827' : '#4b5563',
            role: 'H3',
            continues: index > 0,
          }),
        );
        page.rules.push({ x, y: y + lines.length * 12, width: columnWidth });
        explanation.forEach((text, index) =>
          page.texts.push({
            text,
            x,
            y: y + lines.length * 12 + 3 + index * DETAIL_LINE,
            size: MIN_FONT,
            color: '#6b7280',
          }),
        );
      },
    };
  };
  const itemPiece = (item: FlagItem): Piece => {
    const room = columnWidth - ITEM_INDENT;
    // Title and detail on one line when both fit whole (long lists stay short), else the detail under it.
    const gap = measure('   ', MIN_FONT);
    if (item.detail && measure(item.title, ITEM_FONT) + gap + measure(item.detail, MIN_FONT) <= room) {
      return {
        height: ITEM_LINE + ITEM_GAP,
        draw: (x, y, page) => {
          page.texts.push({ text: item.title, x: x + ITEM_INDENT, y, size: ITEM_FONT, color: '#111827' });
          page.texts.push({
            text: item.detail,
            x: x + ITEM_INDENT + measure(item.title, ITEM_FONT) + gap,
            y: y + 0.4,
            size: MIN_FONT,
            color: '#4b5563',
            continues: true,
          });
        },
      };
    }
    const titleLines = wrapText(item.title, room, ITEM_FONT, measure);
    let detailLines = item.detail ? wrapText(item.detail, room, MIN_FONT, measure) : [];
    if (detailLines.length > DETAIL_LINES)
      detailLines = [
        ...detailLines.slice(0, DETAIL_LINES - 1),
        fitText(detailLines.slice(DETAIL_LINES - 1).join(' '), room, MIN_FONT, measure),
      ];
    return {
      height: titleLines.length * ITEM_LINE + detailLines.length * DETAIL_LINE + ITEM_GAP,
      draw: (x, y, page) => {
        titleLines.forEach((text, index) =>
          page.texts.push({
            text,
            x: x + ITEM_INDENT,
            y: y + index * ITEM_LINE,
            size: ITEM_FONT,
            color: '#111827',
            continues: index > 0,
          }),
        );
        detailLines.forEach((text, index) =>
          page.texts.push({
            text,
            x: x + ITEM_INDENT,
            y: y + titleLines.length * ITEM_LINE + index * DETAIL_LINE,
            size: MIN_FONT,
            color: '#4b5563',
            continues: true,
          }),
        );
      },
    };
  };
  const nonePiece: Piece = {
    height: ITEM_LINE + ITEM_GAP,
    draw: (x, y, page) => page.texts.push({ text: '✓ None', x: x + ITEM_INDENT, y, size: ITEM_FONT, color: '#15803d' }),
  };

  const pages = flowColumns<Content>(
    lists.map((list) => ({
      heading: headingPiece(list, false),
      continued: () => headingPiece(list, true),
      items: list.items.length > 0 ? list.items.map(itemPiece) : [nonePiece],
    })),
    {
      columnCount,
      columnWidth,
      columnGap: COLUMN_GAP,
      left: MARGIN,
      firstTop: top,
      nextTop: MARGIN + PAGE_TITLE_HEIGHT + 4,
      bottom,
      listGap: LIST_GAP,
      first: { texts: [...header], rules: [] },
      // Each page says what it is.
      newPage: () => ({ texts: [{ ...header[0]!, text: headingText(' (continued)') }], rules: [] }),
    },
  );
  return pages.map((page) => ({ kind: 'alignment', ...page }));
}
