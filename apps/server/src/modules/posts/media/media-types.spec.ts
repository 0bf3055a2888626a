import sharp from 'sharp';
import { sniffMedia } from './media-types.js';

describe('sniffing an upload’s type from its bytes', () => {
  it('recognises real PNG and JPEG images whatever they are called', async () => {
    const base = sharp({ create: { width: 4, height: 4, channels: 3, background: '#f00' } });
    const png = await base.clone().png().toBuffer();
    const jpeg = await base.clone().jpeg().toBuffer();
    expect(await sniffMedia(png)).toMatchObject({
      allowed: true,
      mime: 'image/png',
      kind: 'image',
    });
    expect(await sniffMedia(jpeg)).toMatchObject({ allowed: true, mime: 'image/jpeg' });
  });

  it('recognises an MP4 by its ftyp box', async () => {
    const ftyp = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypisom'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2'),
    ]);
    expect(await sniffMedia(ftyp)).toMatchObject({
      allowed: true,
      mime: 'video/mp4',
      kind: 'video',
    });
  });

  it('refuses a PDF, naming what it is, and text, naming nothing', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expect(await sniffMedia(pdf)).toEqual({ allowed: false, detected: 'application/pdf' });
    expect(await sniffMedia(Buffer.from('just some words'))).toEqual({
      allowed: false,
      detected: null,
    });
    expect(await sniffMedia(Buffer.alloc(0))).toEqual({ allowed: false, detected: null });
  });
});
