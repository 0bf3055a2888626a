import { feedPreview, NETWORKS, type NetworkId } from '@chorus/post-model';
import { Alert, Box, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostMediaItem } from '../media-upload';

export interface NetworkPreviewProps {
  networks: readonly NetworkId[];
  network: NetworkId | null;
  onNetworkChange: (network: NetworkId) => void;
  /** The text that network gets (its own or the base). */
  text: string;
  /** The post's first image, shown above the text as feeds do; null when it has none. */
  image?: PostMediaItem | null;
}

/**
 * How the post roughly reads in a network's feed: cut where the network folds it, with
 * "… more". Clearly an approximation — each app decides the real layout.
 */
export function NetworkPreview({
  networks,
  network,
  onNetworkChange,
  text,
  image = null,
}: NetworkPreviewProps) {
  const { t } = useTranslation();
  const preview = network ? feedPreview(text, network) : null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="post-preview-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="post-preview-title">
          {t('posts.editor.previewTitle')}
        </Title>
        <Alert color="yellow" variant="light" p="xs" role="note" data-testid="post-preview-note">
          {t('posts.editor.previewNote')}
        </Alert>
        {networks.length > 0 && (
          <Select
            label={t('posts.editor.previewNetwork')}
            data={networks.map((id) => ({ value: id, label: NETWORKS[id].label }))}
            value={network}
            onChange={(value) => {
              const chosen = networks.find((id) => id === value);
              if (chosen) onNetworkChange(chosen);
            }}
            allowDeselect={false}
            w={220}
          />
        )}
        {preview && network ? (
          <Paper bg="var(--mantine-color-gray-0)" p="sm" radius="md" data-testid="post-preview">
            <Text size="xs" c="dimmed" mb={4}>
              {NETWORKS[network].label}
            </Text>
            {image && (
              <Box mb="xs" data-testid="post-preview-image">
                <img
                  src={image.url}
                  alt={image.fileName}
                  style={{ display: 'block', maxWidth: '100%', maxHeight: 320, borderRadius: 4 }}
                />
              </Box>
            )}
            {preview.visible ? (
              <Text
                size="sm"
                dir="auto"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {preview.visible}
                {preview.folded && (
                  <Text component="span" c="dimmed">
                    {' '}
                    {t('posts.editor.more')}
                  </Text>
                )}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('posts.editor.previewEmpty')}
              </Text>
            )}
          </Paper>
        ) : null}
      </Stack>
    </Paper>
  );
}
