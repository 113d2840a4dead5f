/** Pictures in Word documents: Word's "Mark as decorative" reaches the image check as decoration. */
import { describe, expect, it } from 'vitest';
import { imageAlt } from '../../rules/image-alt';
import { parseDocx } from '../../src/sources/docx';
import { markDecorativeImages } from '../../src/sources/docx-decorative';
import { linkedomDocument } from '../../src/sources/html';
import { Document, ImageRun, lintDocx, Paragraph, PNG, TextRun } from '../rules/shape-helpers';
import { Packer } from 'docx';

const picture = (options: { decorative?: boolean; description?: string } = {}) =>
  new ImageRun({
    type: 'png',
    data: PNG,
    transformation: { width: 10, height: 10 },
    ...(options.description ? { altText: { name: 'n', title: 't', description: options.description } } : {}),
    ...(options.decorative ? { decorative: true } : {}),
  });

async function docxBytes(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('decorative pictures in Word documents', () => {
  it('reads a picture marked as decorative as decoration, and the others as they are', async () => {
    const bytes = await docxBytes([
      new Paragraph({ children: [picture({ decorative: true }), new TextRun('A border of leaves.')] }),
      new Paragraph({ children: [picture(), new TextRun('The new entrance.')] }),
      new Paragraph({ children: [picture({ description: 'A ramp up to the front door' }), new TextRun('The ramp.')] }),
    ]);
    const { doc } = await parseDocx(bytes, {}, linkedomDocument);
    expect(doc.blocks.map((b) => b.structure?.images)).toEqual([
      [{ alt: '', decorative: true, at: 0 }],
      [{ alt: null, decorative: false, at: 0 }],
      [{ alt: 'A ramp up to the front door', decorative: false, at: 0 }],
    ]);
  });

  it('image-alt flags the picture with no alt text, not the decorative one', async () => {
    const findings = await lintDocx(imageAlt, [
      new Paragraph({ children: [picture({ decorative: true })] }),
      new Paragraph({ children: [new TextRun('Our garden.')] }),
      new Paragraph({ children: [picture()] }),
      new Paragraph({ children: [new TextRun('The café.')] }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^An image just before “The café.” has no alt text/)]);
  });

  it('leaves a document with no decorative pictures as it is', async () => {
    const bytes = await docxBytes([new Paragraph({ children: [picture(), new TextRun('Text.')] })]);
    expect(markDecorativeImages(bytes)).toBe(bytes);
  });
});
