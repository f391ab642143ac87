/** Builds real .docx files (and other zips) with JSZip, the library mammoth itself unzips with. */
import JSZip from "jszip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** A cell: its paragraphs, or a vertical-merge continuation when `merged`. */
export interface Cell {
  paragraphs?: string[];
  mergeStart?: boolean;
  merged?: boolean;
}

export function table(rows: Cell[][]): string {
  const cell = (c: Cell) => {
    const props = c.mergeStart ? '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' : c.merged ? "<w:tcPr><w:vMerge/></w:tcPr>" : "";
    const body = (c.paragraphs ?? [""]).map(paragraph).join("");
    return `<w:tc>${props}${body}</w:tc>`;
  };
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}

export async function buildDocx(bodyXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A zip whose one entry inflates to `megabytes` of a single repeated character. */
export async function buildZipBomb(megabytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", "a".repeat(megabytes * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
