import { AppError, ErrorCode } from '../../../platform/errors/index.js';
import { ALLOWED_MIME_TYPES, type MediaKind } from './media-types.js';

/** The most files one post carries (a carousel of 20, as Instagram allows). */
export const MAX_MEDIA_PER_POST = 20;

/** Post media's refusals (codes in the platform's error catalogue). */
export const PostMediaErrors = {
  /** The bytes are not an image or video type a post takes (whatever the name said). */
  unsupportedType(detected: string | null): AppError {
    return new AppError(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      detected
        ? `This file is ${detected}, which a post cannot carry; attach a JPEG, PNG, WebP or GIF image, or an MP4, WebM or QuickTime video.`
        : 'This file is not an image or a video a post can carry; attach a JPEG, PNG, WebP or GIF image, or an MP4, WebM or QuickTime video.',
      { field: 'file', details: { detected, allowed: ALLOWED_MIME_TYPES } },
    );
  },

  /** The bytes start like an image but do not decode as one. */
  unreadableImage(): AppError {
    return new AppError(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'This image cannot be read; it may be damaged. Export it again and attach the new file.',
      { field: 'file', details: { detected: null, allowed: ALLOWED_MIME_TYPES } },
    );
  },

  /** Over the configured limit of its kind (or over the largest limit before its kind is known). */
  tooLarge(kind: MediaKind | null, limitBytes: number): AppError {
    const size = `${Math.floor(limitBytes / (1024 * 1024)) || 1} MB`;
    return new AppError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      kind === 'image'
        ? `Images can be at most ${size}.`
        : kind === 'video'
          ? `Videos can be at most ${size}.`
          : `Files can be at most ${size}.`,
      { field: 'file', details: { limitBytes, kind } },
    );
  },

  empty(): AppError {
    return AppError.validation('file', 'The file is empty.');
  },

  tooMany(): AppError {
    return AppError.validation(
      'file',
      `A post can carry at most ${MAX_MEDIA_PER_POST} files; remove one before adding another.`,
    );
  },
};
