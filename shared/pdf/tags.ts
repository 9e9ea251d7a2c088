/// <reference types="pdfkit" />
import type { TextBox, TextRole } from './plan';

/**
 * Writes a tagged PDF: every text is marked content of a structure element (headings, paragraphs, table
 * cells) in reading order, and everything else drawn (bars, rules, fills, the footer) is an artifact, which
 * screen readers skip. `draw` writes the text itself.
 */
export class PdfTags {
  private readonly root: PDFKit.PDFStructureElement;
  private section: PDFKit.PDFStructureElement;
  /** The last text's element, which a text that `continues` it joins. */
  private last: { element: PDFKit.PDFStructureElement; role: TextRole } | null = null;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly draw: (box: TextBox) => void,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.section = this.root;
  }

  /** Starts a section of the document (the title page, the timeline, the table): the texts that follow go in it. */
  startSection(): void {
    this.section = this.doc.struct('Sect');
    this.root.add(this.section);
    this.last = null;
  }

  /** A structure element in the current section (a table, its rows), for `text` to put cells in. */
  element(type: string, parent: PDFKit.PDFStructureElement = this.section): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** Call once a page is added: until a text is written, what is drawn is an artifact. */
  startPage(): void {
    this.doc.markContent('Artifact');
  }

  /** Call before the next page: closes the page's open artifact. */
  endPage(): void {
    this.doc.endMarkedContent();
  }

  /**
   * A text as its own element of the section (`role`), as more of the text before when it `continues` it, or
   * as content of `cell` (a table's TH or TD).
   */
  text(box: TextBox, role: TextRole = box.role ?? 'P', cell?: { element: PDFKit.PDFStructureElement; type: string }) {
    if (!box.text) return;
    const joins = !cell && box.continues && this.last ? this.last : null;
    const content = this.doc.markStructureContent(cell?.type ?? joins?.role ?? role);
    this.draw(box);
    this.doc.endMarkedContent();
    if (cell) cell.element.add(content);
    else if (joins) joins.element.add(content);
    else {
      // Left open (ended with the tree) so that the lines after it can join it.
      const element = this.doc.struct(role);
      element.add(content);
      this.section.add(element);
      this.last = { element, role };
    }
    this.doc.markContent('Artifact');
  }

  /** A text that is page furniture (the footer, a heading repeated on every page): not read out. */
  artifact(box: TextBox): void {
    this.draw(box);
  }

  /** Ends the structure tree (before the document ends). */
  end(): void {
    this.root.end();
  }
}
