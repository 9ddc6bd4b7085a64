import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

// Page count read back with pdf-lib, independently of the code that wrote the file.
export async function pdfPageCount(file: string): Promise<number> {
  return (await PDFDocument.load(await readFile(file))).getPageCount();
}
