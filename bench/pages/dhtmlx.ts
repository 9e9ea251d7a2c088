import { gantt } from 'dhtmlx-gantt';
// @ts-expect-error -- a stylesheet, bundled by Vite (this config has no vite/client types)
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import type { PlainRoadmap } from '../plain-data';

// The same roadmap in dhtmlx-gantt (Community edition, MIT): one project row per goal with its initiatives
// (and milestones) as child rows, dependencies as finish-to-start links, in a box the size of Waymark's
// canvas, at the density Waymark opened at. Smart rendering (only rows and columns in view) is on.
const params = new URLSearchParams(location.search);
const size = params.get('size');
const container = document.getElementById('gantt')!;
container.style.width = `${Number(params.get('width') ?? 1000)}px`;
container.style.height = `${Number(params.get('height') ?? 600)}px`;
const DAY = 86_400_000;

const probe = (window as unknown as { __bench?: { dataRead: number | null } }).__bench;
const data = (await (await fetch(`data/${size}.json`)).json()) as PlainRoadmap;
if (probe) probe.dataRead = performance.now();

/** Sets the time scale: quarters at the density Waymark opened at ("fit"), or months at `pxPerDay`. */
function setScale(kind: 'fit' | 'months', pxPerDay: number) {
  gantt.config.scales =
    kind === 'months'
      ? [
          { unit: 'year', step: 1, format: '%Y' },
          { unit: 'month', step: 1, format: '%M' },
        ]
      : [
          { unit: 'year', step: 1, format: '%Y' },
          { unit: 'quarter', step: 1, format: (date: Date) => `Q${Math.floor(date.getMonth() / 3) + 1}` },
        ];
  gantt.config.min_column_width = Math.round(pxPerDay * (kind === 'months' ? 30.44 : 91.31));
}

gantt.config.date_format = '%Y-%m-%d';
gantt.config.grid_width = 232;
gantt.config.columns = [{ name: 'text', label: 'Goals', tree: true, width: '*' }];
gantt.config.smart_rendering = true;
setScale('fit', Number(params.get('pxPerDay') ?? 0.5));

const tasks: Record<string, unknown>[] = data.lanes.map((lane) => ({
  id: `lane:${lane.id}`,
  text: lane.title,
  type: 'project',
  open: true,
  color: lane.color,
}));
const colorOf = new Map(data.lanes.map((lane) => [lane.id, lane.color]));
for (const item of data.items) {
  tasks.push({
    id: item.id,
    text: item.title,
    parent: `lane:${item.lane}`,
    start_date: item.start,
    duration: Math.round((Date.parse(item.end) - Date.parse(item.start)) / DAY) + 1,
    progress: item.progress / 100,
    color: colorOf.get(item.lane),
  });
}
for (const milestone of data.milestones) {
  tasks.push({
    id: milestone.id,
    text: milestone.title,
    parent: `lane:${milestone.lane}`,
    type: 'milestone',
    start_date: milestone.date,
    duration: 0,
  });
}
const links = data.dependencies.map((dependency) => ({
  id: dependency.id,
  source: dependency.from,
  target: dependency.to,
  type: '0',
}));
gantt.init(container);
gantt.parse({ data: tasks, links });

// For the benchmark driver: zoom like Waymark's "Months" button and scroll like its "Today" button.
Object.assign(window, {
  benchGantt: {
    gantt,
    zoomToMonths(pxPerDay: number, today: string) {
      setScale('months', pxPerDay);
      gantt.render();
      const width = gantt.$task.offsetWidth;
      gantt.scrollTo(gantt.posFromDate(new Date(today)) - width / 3, 0);
    },
  },
});
