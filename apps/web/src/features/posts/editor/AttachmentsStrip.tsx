import {
  Alert,
  Box,
  Button,
  CloseButton,
  FileButton,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaProblem, PostMediaItem, PostMediaLimits } from '../media-upload';
import { useMediaProblemText, useMegabytes } from './media-problem-text';

export interface AttachmentsStripProps {
  media: readonly PostMediaItem[];
  limits: PostMediaLimits | null;
  editable: boolean;
  /** Files being sent now. */
  uploading: number;
  problems: readonly MediaProblem[];
  onFiles: (files: File[]) => void;
  onRemove: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onDismissProblems: () => void;
}

/**
 * A post's images and videos in order: thumbnails (a video shows its type), add by button
 * or by dropping files on the strip, remove, move earlier or later. What the server refused
 * is said in the reader's language, per file.
 */
export function AttachmentsStrip({
  media,
  limits,
  editable,
  uploading,
  problems,
  onFiles,
  onRemove,
  onMove,
  onDismissProblems,
}: AttachmentsStripProps) {
  const { t } = useTranslation();
  const problemText = useMediaProblemText();
  const megabytes = useMegabytes();
  const [dragging, setDragging] = useState(false);
  const canAdd = editable && limits !== null && media.length < limits.maxFilesPerPost;

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (canAdd && files.length > 0) onFiles(files);
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="post-media-title"
      data-testid="post-media"
      data-dragging={dragging || undefined}
      onDragOver={(event: DragEvent<HTMLElement>) => {
        if (!canAdd) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      style={
        dragging
          ? { outline: '2px dashed var(--mantine-color-indigo-6)', outlineOffset: 2 }
          : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id="post-media-title">
            {t('posts.media.title')}
          </Title>
          {canAdd && limits && (
            <FileButton
              onChange={(files: File[]) => files.length > 0 && onFiles(files)}
              accept={limits.allowedTypes.join(',')}
              multiple
            >
              {(props) => (
                <Button {...props} size="xs" variant="light" loading={uploading > 0}>
                  {t('posts.media.add')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {canAdd && limits && (
          <Text size="xs" c="dimmed">
            {t('posts.media.hint', {
              image: megabytes(limits.maxImageBytes),
              video: megabytes(limits.maxVideoBytes),
            })}
          </Text>
        )}
        {problems.length > 0 && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            withCloseButton
            closeButtonLabel={t('posts.media.dismiss')}
            onClose={onDismissProblems}
          >
            <Stack gap={4}>
              {problems.map((problem, index) => (
                <Text key={index} size="sm" dir="auto">
                  {problemText(problem)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {uploading > 0 && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('posts.media.uploading', { count: uploading })}</Text>
          </Group>
        )}
        {media.length === 0 ? (
          <Text size="sm" c="dimmed">
            {editable ? t('posts.media.emptyEditable') : t('posts.media.empty')}
          </Text>
        ) : (
          <Group
            component="ol"
            gap="sm"
            align="flex-start"
            aria-label={t('posts.media.listLabel')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {media.map((item, index) => (
              <Box
                component="li"
                key={item.id}
                w={120}
                data-testid="post-media-item"
                data-media-id={item.id}
              >
                <Stack gap={4}>
                  <Box
                    h={96}
                    bg="var(--mantine-color-gray-1)"
                    style={{
                      borderRadius: 'var(--mantine-radius-sm)',
                      overflow: 'hidden',
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      position: 'relative',
                    }}
                  >
                    {item.thumbnailUrl ? (
                      <img
                        src={item.thumbnailUrl}
                        alt={item.fileName}
                        style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
                      />
                    ) : (
                      <Text size="xs" c="dimmed" ta="center" px={4}>
                        {t('posts.media.video')}
                      </Text>
                    )}
                    {editable && (
                      <CloseButton
                        size="sm"
                        aria-label={t('posts.media.remove', { name: item.fileName })}
                        onClick={() => onRemove(item.id)}
                        style={{ position: 'absolute', insetBlockStart: 4, insetInlineEnd: 4 }}
                        bg="white"
                      />
                    )}
                  </Box>
                  <Text size="xs" truncate="end" title={item.fileName} dir="auto">
                    {item.fileName}
                  </Text>
                  {editable && media.length > 1 && (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={index === 0}
                        aria-label={t('posts.media.moveEarlier', { name: item.fileName })}
                        onClick={() => onMove(item.id, -1)}
                      >
                        {t('posts.media.earlier')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={index === media.length - 1}
                        aria-label={t('posts.media.moveLater', { name: item.fileName })}
                        onClick={() => onMove(item.id, 1)}
                      >
                        {t('posts.media.later')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Box>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
