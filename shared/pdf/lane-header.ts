import type { Lane } from '../read-model/lanes';
import type { GoalStanding } from '../read-model/pace';
import { GOAL_STATUS_LABELS } from '../model/goal';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { GOAL_STATUS_MARKS } from './legend';
import { LANE_TITLE_FONT, laneTitle, MARGIN, SMALL_FONT, type TextBox } from './plan';

/** The lanes' header column, left of the timeline. */
export const LANE_HEADER_WIDTH = 132;

/**
 * A lane's header: the goal's title (wrapped, whole), its status by its own mark, owner and progress, from its
 * standing (the status its check-ins or owner set, progress rolled up by weight), as on the title page.
 */
export function laneHeader(
  lane: Lane,
  standing: Pick<GoalStanding, 'status' | 'progress'> | null,
  measure: MeasureText,
  collapsed: boolean,
) {
  const status = lane.goal ? (standing?.status ?? lane.goal.status) : null;
  const laneProgress = standing?.progress ?? null;
  // Sub-goals are indented under their parent, as on the canvas.
  const indent = Math.min(3, lane.depth) * 8;
  const width = LANE_HEADER_WIDTH - 14 - indent;
  // The name whole, however many lines it takes: a timeline-only export has it nowhere else.
  const lines = wrapText(laneTitle(lane), width, LANE_TITLE_FONT, measure, true);
  const count = lane.initiatives.length;
  // The goal's status by its mark (the lane's color is the goal's identity, not its status).
  const mark = status ? GOAL_STATUS_MARKS[status] : null;
  const metaX = MARGIN + 8 + indent + (mark ? measure(`${mark.sign} `, SMALL_FONT) : 0);
  const meta = fitText(
    collapsed
      ? [
          status && GOAL_STATUS_LABELS[status],
          laneProgress !== null && `${Math.round(laneProgress)}%`,
          // "2 collapsed": its two initiatives are folded away here (they are in the appendix).
          count > 0 ? `${count} collapsed` : 'collapsed',
        ]
          .filter(Boolean)
          .join(' · ')
      : lane.goal
        ? [status && GOAL_STATUS_LABELS[status], lane.goal.owner].filter(Boolean).join(' · ')
        : 'Initiatives without a goal',
    MARGIN + LANE_HEADER_WIDTH - 6 - metaX,
    SMALL_FONT,
    measure,
  );
  const metaY = 5 + lines.length * 10;
  const progressOffset = metaY + 11;
  const progress = collapsed ? null : laneProgress;
  const height = progressOffset + (progress !== null ? 10 : 2) + 4;
  return {
    height,
    progressOffset,
    texts: (top: number, continued: boolean): TextBox[] => [
      ...lines.map((line, index) => ({
        text:
          index === lines.length - 1 && continued
            ? fitText(`${line} (cont.)`, width, LANE_TITLE_FONT, measure, true)
            : line,
        x: MARGIN + 8 + indent,
        y: top + 4 + index * 10,
        size: LANE_TITLE_FONT,
        bold: true,
        color: '#111827',
        continues: index > 0,
      })),
      ...(mark
        ? [{ text: mark.sign, x: MARGIN + 8 + indent, y: top + metaY, size: SMALL_FONT, color: mark.color }]
        : []),
      { text: meta, x: metaX, y: top + metaY, size: SMALL_FONT, color: '#4b5563', continues: mark !== null },
      ...(progress !== null
        ? [
            {
              text: `${Math.round(progress)}%`,
              x: MARGIN + 8 + 78,
              y: top + progressOffset - 1,
              size: SMALL_FONT,
              color: '#374151',
            },
          ]
        : []),
    ],
  };
}
