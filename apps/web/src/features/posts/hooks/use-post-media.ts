import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import {
  PostMediaQuery,
  RemovePostMediaMutation,
  ReorderPostMediaMutation,
} from '../graphql/post-media.graphql';
import {
  checkBeforeUpload,
  uploadPostMedia,
  type MediaProblem,
  type PostMediaItem,
  type PostMediaLimits,
} from '../media-upload';

export interface PostMediaState {
  media: PostMediaItem[];
  limits: PostMediaLimits | null;
  canEdit: boolean;
  /** Files being sent now. */
  uploading: number;
  problems: MediaProblem[];
  upload: (files: File[]) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Moves a file one place earlier (-1) or later (+1). */
  move: (id: string, by: -1 | 1) => Promise<void>;
  dismissProblems: () => void;
}

/**
 * A post's attachments: the list (refetched after every change), uploads one file at a
 * time through the upload endpoint, removal and reordering through GraphQL, and the
 * problems of the last attempt for the strip to show.
 */
export function usePostMedia(postId: string): PostMediaState {
  const { data, refetch } = useQuery(PostMediaQuery, {
    variables: { id: postId },
    fetchPolicy: 'cache-and-network',
  });
  const [removeMutation] = useMutation(RemovePostMediaMutation);
  const [reorderMutation] = useMutation(ReorderPostMediaMutation);
  const [uploading, setUploading] = useState(0);
  const [problems, setProblems] = useState<MediaProblem[]>([]);

  const media = useMemo(() => data?.post.media ?? [], [data]);
  const limits = data?.postMediaLimits ?? null;

  const upload = useCallback(
    async (files: File[]) => {
      if (!limits) return;
      const found: MediaProblem[] = [];
      setProblems([]);
      for (const file of files) {
        const early = checkBeforeUpload(file, limits);
        if (early) {
          found.push(early);
          continue;
        }
        setUploading((count) => count + 1);
        try {
          const answer = await uploadPostMedia(postId, file, limits.maxFilesPerPost);
          if (!answer.ok) found.push(answer.problem);
        } finally {
          setUploading((count) => count - 1);
        }
      }
      setProblems(found);
      await refetch();
    },
    [limits, postId, refetch],
  );

  const remove = useCallback(
    async (id: string) => {
      const file = media.find((item) => item.id === id);
      try {
        await removeMutation({ variables: { id } });
      } catch {
        setProblems([{ code: 'OTHER', fileName: file?.fileName ?? '' }]);
      }
      await refetch();
    },
    [media, removeMutation, refetch],
  );

  const move = useCallback(
    async (id: string, by: -1 | 1) => {
      const ids = media.map((item) => item.id);
      const from = ids.indexOf(id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= ids.length) return;
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      try {
        await reorderMutation({ variables: { postId, mediaIds: ids } });
      } catch {
        setProblems([{ code: 'OTHER', fileName: media[from]?.fileName ?? '' }]);
      }
      await refetch();
    },
    [media, postId, reorderMutation, refetch],
  );

  return {
    media,
    limits,
    canEdit: data?.post.canEdit ?? false,
    uploading,
    problems,
    upload,
    remove,
    move,
    dismissProblems: useCallback(() => setProblems([]), []),
  };
}
