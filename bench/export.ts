import { generateRoadmap } from './generate';
import { renderRoadmapPdf } from '../electron/services/export/pdf-export';
import { pdfOptionsSchema } from '../shared';

export interface ExportFigures {
  readonly initiatives: number;
  readonly pages: number;
  readonly kilobytes: number;
  readonly medianMs: number;
  readonly maxMs: number;
}

/** Time to export a generated roadmap to PDF in Node (layout, drawing, font subsetting), median of `runs`. */
export async function measureExport(sizes: readonly number[], runs = 5): Promise<ExportFigures[]> {
  const figures: ExportFigures[] = [];
  for (const size of sizes) {
    const roadmap = generateRoadmap(size);
    const options = pdfOptionsSchema.parse({ asOf: '2027-01-15' });
    await renderRoadmapPdf(roadmap.doc, options); // warm-up: module and font loading
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      bytes = await renderRoadmapPdf(roadmap.doc, options);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const text = new TextDecoder('latin1').decode(bytes);
    figures.push({
      initiatives: size,
      pages: (text.match(/\/Type \/Page\b/g) ?? []).length,
      kilobytes: bytes.length / 1024,
      medianMs: times[Math.floor(times.length / 2)]!,
      maxMs: times.at(-1)!,
    });
  }
  return figures;
}
