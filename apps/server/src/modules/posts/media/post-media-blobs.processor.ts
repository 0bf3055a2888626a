import { Injectable } from '@nestjs/common';
import { EventLog } from '../../events/index.js';
import { PostMediaService } from './post-media.service.js';

/**
 * Deletes the bytes of a file taken off a post, after the removal commits (the row goes in
 * the transaction; the blobs follow through the job queue, retried if storage fails).
 */
@Injectable()
export class PostMediaBlobsProcessor {
  constructor(events: EventLog, media: PostMediaService) {
    events.registerProcessor('post-media-blobs', ['post.media.removed'], async (event) => {
      const keys = event.data.blobKeys;
      if (Array.isArray(keys)) {
        await media.deleteBlobs(keys.filter((key): key is string => typeof key === 'string'));
      }
    });
  }
}
