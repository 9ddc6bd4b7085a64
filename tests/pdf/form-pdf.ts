import { PDFBool, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFPage } from 'pdf-lib';

/** Where each piece of annotation text of the test form lies, in pdf-lib's bottom-up points. */
export const FORM = {
  referrer: { x: 72, y: 700, width: 260, height: 24, value: 'Dr Sandberg' },
  question: { x: 72, y: 640, width: 260, height: 24, value: 'Fraktur handled' },
  note: { x: 72, y: 560, width: 260, height: 30, value: 'Akut remiss' },
  hidden: { x: 72, y: 480, width: 260, height: 30, value: 'Dold anteckning' },
} as const;

type Spot = (typeof FORM)[keyof typeof FORM];

// A filled AcroForm (appearances by pdf-lib) with a FreeText note that has its own appearance, and a hidden note.
export async function filledFormPdf(options: { noteAppearance?: boolean; questionNeedsAppearance?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  for (const name of ['referrer', 'question'] as const) {
    const field = form.createTextField(name);
    field.setText(FORM[name].value);
    field.addToPage(page, { ...FORM[name], font: helvetica });
  }
  form.updateFieldAppearances(helvetica);
  if (options.questionNeedsAppearance) {
    const fontRef = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { Helv: fontRef } }));
    form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
    const question = form.getTextField('question').acroField;
    question.dict.set(PDFName.of('DA'), PDFString.of('/Helv 12 Tf 0 g'));
    question.getWidgets()[0]!.dict.delete(PDFName.of('AP'));
  }
  addFreeText(doc, page, FORM.note, 4, options.noteAppearance ?? true);
  addFreeText(doc, page, FORM.hidden, 4 | 2, true);
  return doc.save({ updateFieldAppearances: false });
}

function addFreeText(doc: PDFDocument, page: PDFPage, spot: Spot, flags: number, withAppearance: boolean): void {
  const font = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'FreeText',
    Rect: [spot.x, spot.y, spot.x + spot.width, spot.y + spot.height],
    Contents: PDFHexString.fromText(spot.value),
    DA: PDFString.of('/Helv 14 Tf 0 g'),
    F: flags,
  });
  if (withAppearance) {
    const content = `BT /Helv 14 Tf 0 g 2 9 Td (${spot.value}) Tj ET`;
    const stream = doc.context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, spot.width, spot.height], Resources: { Font: { Helv: font } } });
    annotation.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(stream) }));
  }
  page.node.addAnnot(doc.context.register(annotation));
}

/** A referral form whose answers are all in filled fields: the page itself holds only the labels. */
export async function referralFormPdf(answers: { pnr: string; referrer: string; question: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  page.drawText('Remiss röntgen', { x: 72, y: 770, size: 18, font: bold });
  const form = doc.getForm();
  const rows = [
    ['Personnummer:', 'pnr', answers.pnr],
    ['Remittent:', 'remittent', answers.referrer],
    ['Frågeställning:', 'fraga', answers.question],
  ] as const;
  rows.forEach(([label, name, value], i) => {
    const y = 700 - i * 50;
    page.drawText(label, { x: 72, y: y + 7, size: 12, font: helvetica });
    const field = form.createTextField(name);
    field.setText(value);
    field.addToPage(page, { x: 180, y, width: 300, height: 24, font: helvetica, borderWidth: 0 });
    field.setFontSize(12);
  });
  form.updateFieldAppearances(helvetica);
  return doc.save({ updateFieldAppearances: false });
}
