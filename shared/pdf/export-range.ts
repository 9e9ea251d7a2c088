import type { Lane } from '../read-model/lanes';
import { addDays, type IsoDate } from '../time/iso-date';
import { nextUnitStart, startOfUnit } from '../time/calendar-units';
import type { PdfOptions } from './options';

/**
 * The date range to print: the options', else the content's (and the `extra` dates: where moved bars were at
 * a baseline), widened to whole months (no empty months).
 */
export function exportRange(
  lanes: readonly Lane[],
  options: Pick<PdfOptions, 'from' | 'to'>,
  asOf: IsoDate,
  extra: readonly IsoDate[] = [],
) {
  const dates: IsoDate[] = [...extra];
  for (const lane of lanes) {
    for (const initiative of lane.initiatives) {
      dates.push(
        initiative.startDate,
        initiative.endDate < initiative.startDate ? initiative.startDate : initiative.endDate,
      );
    }
    for (const milestone of lane.milestones) dates.push(milestone.date);
  }
  const first = dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : asOf;
  const last = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : addDays(asOf, 90);
  const monthEnd = (date: IsoDate) => addDays(nextUnitStart(startOfUnit(date, 'month'), 'month', 1), -1);
  let start = options.from ?? startOfUnit(first, 'month');
  let end = options.to ?? monthEnd(last);
  // Only one bound given, beyond the content: show at least the month it names, never a backwards range.
  if (end < start) {
    if (options.from && !options.to) end = monthEnd(options.from);
    else start = startOfUnit(end, 'month');
  }
  return { start, end };
}
