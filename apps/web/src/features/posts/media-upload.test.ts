import { checkBeforeUpload, readUploadAnswer } from './media-upload';

const LIMITS = {
  allowedTypes: ['image/png'],
  maxImageBytes: 1000,
  maxVideoBytes: 5000,
  maxFilesPerPost: 20,
};

describe('reading the upload endpoint’s answers', () => {
  it('reads a stored file and each typed refusal', () => {
    expect(readUploadAnswer(201, { id: 'x' }, 'a.png', 20)).toEqual({ ok: true });
    expect(
      readUploadAnswer(
        415,
        { error: { code: 'UNSUPPORTED_MEDIA_TYPE', detected: 'application/pdf' } },
        'a.png',
        20,
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'UNSUPPORTED_MEDIA_TYPE', fileName: 'a.png', detected: 'application/pdf' },
    });
    expect(
      readUploadAnswer(
        413,
        { error: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 1000, kind: 'image' } },
        'a.png',
        20,
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'PAYLOAD_TOO_LARGE', fileName: 'a.png', limitBytes: 1000, kind: 'image' },
    });
    expect(readUploadAnswer(409, { error: { code: 'POST_ARCHIVED' } }, 'a.png', 20)).toEqual({
      ok: false,
      problem: { code: 'POST_ARCHIVED', fileName: 'a.png' },
    });
    expect(readUploadAnswer(502, null, 'a.png', 20)).toEqual({
      ok: false,
      problem: { code: 'OTHER', fileName: 'a.png' },
    });
  });

  it('refuses before sending a file over the limit its type names, or empty', () => {
    expect(checkBeforeUpload({ name: 'a.png', size: 1001, type: 'image/png' }, LIMITS)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      fileName: 'a.png',
      limitBytes: 1000,
      kind: 'image',
    });
    expect(checkBeforeUpload({ name: 'v.mp4', size: 4000, type: 'video/mp4' }, LIMITS)).toBeNull();
    expect(checkBeforeUpload({ name: 'x', size: 6000, type: '' }, LIMITS)).toMatchObject({
      limitBytes: 5000,
      kind: null,
    });
    expect(checkBeforeUpload({ name: 'e.png', size: 0, type: 'image/png' }, LIMITS)).toEqual({
      code: 'EMPTY',
      fileName: 'e.png',
    });
  });
});
