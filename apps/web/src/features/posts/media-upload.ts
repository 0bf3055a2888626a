/** An attachment as the strip and the preview show it. */
export interface PostMediaItem {
  id: string;
  url: string;
  thumbnailUrl: string | null;
  mime: string;
  width: number | null;
  height: number | null;
  fileName: string;
}

/** What a post may carry (from the server's settings). */
export interface PostMediaLimits {
  allowedTypes: readonly string[];
  maxImageBytes: number;
  maxVideoBytes: number;
  maxFilesPerPost: number;
}

/** Why a file was not attached, as the server's error catalogue (or the browser) says. */
export type MediaProblem =
  | { code: 'UNSUPPORTED_MEDIA_TYPE'; fileName: string; detected: string | null }
  | {
      code: 'PAYLOAD_TOO_LARGE';
      fileName: string;
      limitBytes: number;
      kind: 'image' | 'video' | null;
    }
  | { code: 'TOO_MANY'; fileName: string; max: number }
  | { code: 'EMPTY'; fileName: string }
  | {
      code: 'FORBIDDEN' | 'POST_ARCHIVED' | 'RATE_LIMITED' | 'NETWORK' | 'OTHER';
      fileName: string;
    };

export type UploadAnswer = { ok: true } | { ok: false; problem: MediaProblem };

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Reads the upload endpoint's answer: 201, or `{ error: { code, … } }` with its status. */
export function readUploadAnswer(
  status: number,
  body: unknown,
  fileName: string,
  maxFiles: number,
): UploadAnswer {
  if (status === 201) return { ok: true };
  const error = record(record(body).error);
  const code = typeof error.code === 'string' ? error.code : '';
  switch (code) {
    case 'UNSUPPORTED_MEDIA_TYPE':
      return {
        ok: false,
        problem: {
          code,
          fileName,
          detected: typeof error.detected === 'string' ? error.detected : null,
        },
      };
    case 'PAYLOAD_TOO_LARGE':
      return {
        ok: false,
        problem: {
          code,
          fileName,
          limitBytes: typeof error.limitBytes === 'number' ? error.limitBytes : 0,
          kind: error.kind === 'image' || error.kind === 'video' ? error.kind : null,
        },
      };
    case 'VALIDATION':
      return {
        ok: false,
        problem: /empty/i.test(String(error.message))
          ? { code: 'EMPTY', fileName }
          : { code: 'TOO_MANY', fileName, max: maxFiles },
      };
    case 'FORBIDDEN':
    case 'POST_ARCHIVED':
    case 'RATE_LIMITED':
      return { ok: false, problem: { code, fileName } };
    default:
      return { ok: false, problem: { code: status === 0 ? 'NETWORK' : 'OTHER', fileName } };
  }
}

/**
 * A check before sending: a file larger than the limit of the kind its browser type names
 * (or than both limits) is refused here, so nobody waits for a long upload to be refused.
 * The server decides the type from the bytes in any case.
 */
export function checkBeforeUpload(
  file: { name: string; size: number; type: string },
  limits: PostMediaLimits,
): MediaProblem | null {
  if (file.size === 0) return { code: 'EMPTY', fileName: file.name };
  const kind = file.type.startsWith('image/')
    ? 'image'
    : file.type.startsWith('video/')
      ? 'video'
      : null;
  const limit =
    kind === 'image'
      ? limits.maxImageBytes
      : kind === 'video'
        ? limits.maxVideoBytes
        : Math.max(limits.maxImageBytes, limits.maxVideoBytes);
  if (file.size > limit) {
    return { code: 'PAYLOAD_TOO_LARGE', fileName: file.name, limitBytes: limit, kind };
  }
  return null;
}

/** Sends one file to the post's upload endpoint as the raw body; the session cookie authenticates. */
export function uploadPostMedia(
  postId: string,
  file: File,
  maxFiles: number,
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      `/api/posts/${encodeURIComponent(postId)}/media?name=${encodeURIComponent(file.name)}`,
    );
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Chorus-Request', '1');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      resolve(readUploadAnswer(xhr.status, body, file.name, maxFiles));
    };
    xhr.onerror = () => resolve({ ok: false, problem: { code: 'NETWORK', fileName: file.name } });
    xhr.send(file);
  });
}
