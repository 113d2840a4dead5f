import { describe, expect, it } from 'vitest';
import { imageAlt } from '../../rules/image-alt';
import { ImageRun, lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, PNG, TextRun } from './shape-helpers';

describe('image-alt', () => {
  it('flags an image with no alt text in HTML, shown beside the block it is in', () => {
    const [f, ...rest] = lintHtml(imageAlt, '<p>The new route.</p><p><img src="route.png"></p><p>Buses will run every 20 minutes.</p>');
    expect(rest).toEqual([]);
    expect(f!.message).toBe('An image just before “Buses will run every 20 minutes.” has no alt text, so people who use a screen reader do not know what it shows.');
    expect(f!.blockId).toBeNull();
    expect(f!.anchorBlockId).not.toBeNull();
    expect(f!.barriers).toContain('not-meeting-needs');
  });

  it('flags alt text that is a file name or only says "image", and alt text repeating the caption', () => {
    const html =
      '<p>One <img src="a.jpg" alt="IMG_2034.JPG"> two <img src="b.jpg" alt="image"> three <img src="c.jpg" alt="Screenshot 2026-03-01 at 10.22.13"></p>' +
      '<figure><img src="d.jpg" alt="The library garden"><figcaption>Figure 2: The library garden</figcaption></figure>';
    const messages = lintHtml(imageAlt, html).map((f) => f.message);
    expect(messages).toHaveLength(4);
    expect(messages.filter((m) => /says nothing about what it shows/.test(m))).toHaveLength(3);
    expect(messages.filter((m) => /repeats its caption/.test(m))).toHaveLength(1);
  });

  it('leaves decorative images and good alt text alone', () => {
    const html =
      '<p><img src="line.png" alt=""> <img src="dots.png" role="presentation"> <img src="p.gif" width="1" height="1">Opening hours</p>' +
      '<figure><img src="map.png" alt="Map: the new stop is outside the post office on Mill Lane"><figcaption>Where the new bus stop will be</figcaption></figure>';
    expect(lintHtml(imageAlt, html)).toEqual([]);
  });

  it('says when the image is a link', () => {
    const [f] = lintHtml(imageAlt, '<p>Have your say <a href="/survey"><img src="banner.png"></a></p>');
    expect(f!.message).toMatch(/It is a link, so people will not know where it goes/);
  });

  it('reads images in Markdown: empty alt text counts as none', () => {
    const findings = lintMarkdown(imageAlt, '# Plans\n\n![](plan.png)\n\nThe plan shows the new entrance.\n\n![Drawing of the new entrance with a ramp](entrance.png)');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^An image just before “The plan shows the new entrance.” has no alt text/);
  });

  it('reads images and their alt text in a Word document', async () => {
    const image = (description?: string) =>
      new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 }, ...(description ? { altText: { name: 'n', title: 't', description } } : {}) });
    const findings = await lintDocx(imageAlt, [
      new Paragraph({ children: [image()] }),
      new Paragraph({ children: [new TextRun('Our new reading room.')] }),
      new Paragraph({ children: [image('A reading room with large windows and low shelves')] }),
      new Paragraph({ children: [image('A picture containing indoor, table. Description automatically generated')] }),
      new Paragraph({ children: [new TextRun('The café.')] }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^An image just before “Our new reading room.” has no alt text/),
      expect.stringMatching(/written automatically by Word/),
    ]);
  });

  it('says nothing about plain text', () => {
    expect(lintText(imageAlt, '[image: map.png]\n\nThe new route.')).toEqual([]);
  });

  it('flags the docs example and not the better one', () => {
    expect(lintMarkdown(imageAlt, `${imageAlt.meta.docs.bad}\n\nText.`)).toHaveLength(1);
    expect(lintMarkdown(imageAlt, `${imageAlt.meta.docs.good}\n\nText.`)).toEqual([]);
  });
});
