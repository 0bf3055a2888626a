import {
  buildUtmLink,
  findLinks,
  NETWORKS,
  textFor,
  type NetworkId,
  type PostContent,
} from '@chorus/post-model';
import { Box, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface UtmLinksProps {
  /** The post's id: its links' utm_content. */
  postId: string;
  content: PostContent;
  /** The networks the post goes to. */
  networks: readonly NetworkId[];
  medium: string;
  campaign: string;
}

/**
 * Each link of the post once, with the networks whose text holds it (the network's own
 * text or the base, and the first comment).
 */
export function linksByNetwork(content: PostContent, networks: readonly NetworkId[]) {
  const result = new Map<string, NetworkId[]>();
  for (const network of networks) {
    for (const link of findLinks(`${textFor(content, network)}\n${content.firstComment}`)) {
      const networks = result.get(link) ?? [];
      if (!networks.includes(network)) networks.push(network);
      result.set(link, networks);
    }
  }
  return [...result].map(([link, networks]) => ({ link, networks }));
}

/**
 * The links recognised in the post with their UTM-tagged form per network (source = the
 * network, medium and campaign from the brand and the media-plan row, content = the post),
 * each with a copy button. Nothing is shown while the post has no links.
 */
export function UtmLinks({
  postId,
  content,
  networks: postNetworks,
  medium,
  campaign,
}: UtmLinksProps) {
  const { t } = useTranslation();
  const links = useMemo(() => linksByNetwork(content, postNetworks), [content, postNetworks]);
  if (links.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('utmLinks.title')} data-testid="utm-links">
      <Text fw={600} size="sm">
        {t('utmLinks.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('utmLinks.hint')}
      </Text>
      {links.map(({ link, networks }) => (
        <Box key={link}>
          <Text size="sm" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
            {link}
          </Text>
          <Stack gap={4} ps="md">
            {networks.map((network) => {
              const tagged = buildUtmLink(link, { network, medium, campaign, postId });
              const label = NETWORKS[network].label;
              return (
                <Group key={network} gap="xs" wrap="nowrap" align="center">
                  <Text size="xs" fw={600} miw={72}>
                    {label}
                  </Text>
                  {tagged.ok ? (
                    <>
                      <Code
                        dir="ltr"
                        style={{ overflowWrap: 'anywhere', flex: 1 }}
                        data-testid={`utm-${network}`}
                      >
                        {tagged.url}
                      </Code>
                      <CopyButton value={tagged.url}>
                        {({ copied, copy }) => (
                          <Button
                            size="compact-xs"
                            variant={copied ? 'filled' : 'default'}
                            color={copied ? 'teal.9' : undefined}
                            onClick={copy}
                            aria-label={t('utmLinks.copyLabel', { network: label })}
                          >
                            {copied ? t('utmLinks.copied') : t('utmLinks.copy')}
                          </Button>
                        )}
                      </CopyButton>
                    </>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('utmLinks.invalid')}
                    </Text>
                  )}
                </Group>
              );
            })}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
