import '@mantine/core/styles/Tabs.css';
import {
  checkLength,
  NETWORKS,
  overriddenNetworks,
  postBody,
  postFirstComment,
  textFor,
  variantText,
  type NetworkId,
} from '@chorus/post-model';
import { Alert, Box, Group, Stack, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Person } from '../../../collaboration';
import type { PostCommentsSideProps, PostTextSelection } from '../../comments';
import { SharedTextArea } from '../../documents';
import { TonePanel, usePostTone, useTextTone, type EditorFinding, type PostTone } from '../../tone';
import { useBrandNetworks } from '../hooks/use-brand-networks';
import { usePostUtm, type PostUtmDefaults } from '../hooks/use-post-utm';
import { usePostMedia } from '../hooks/use-post-media';
import type { PostMediaItem } from '../media-upload';
import { AttachmentsStrip } from './AttachmentsStrip';
import { EntityList } from './EntityList';
import { useFieldVisitors, useShareField } from './field-presence';
import { NetworkPreview } from './NetworkPreview';
import { useCharacterCounter, usePostContent } from './use-post-content';
import { UtmLinks } from './UtmLinks';
import { VariantPanel } from './VariantPanel';

// Comments (panel, composer, anchors) load with the first post that shows them.
const PostCommentsSide = lazy(() =>
  import('../../comments').then((m) => ({ default: m.PostCommentsSide })),
);

/** What the post's comments need besides the post: the viewer's capability and where they are. */
export type PostEditorComments = Omit<PostCommentsSideProps, 'doc' | 'network' | 'selection'>;

/** The text selected in the field that has the focus (a post's base, variant or first comment). */
function focusedSelection(doc: Y.Doc): PostTextSelection | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLTextAreaElement)) return null;
  const field = element.closest<HTMLElement>('[data-post-field]')?.dataset.postField;
  if (!field) return null;
  const range = { from: element.selectionStart, to: element.selectionEnd };
  if (field === FIRST_COMMENT) return { field, text: postFirstComment(doc), ...range };
  // A network without its own text shows (and comments on) the base.
  const own = field === BASE ? null : variantText(doc, field as NetworkId);
  return own ? { field, text: own, ...range } : { field: 'body', text: postBody(doc), ...range };
}

export interface PostEditorProps {
  doc: Y.Doc;
  awareness: Awareness | null;
  editable: boolean;
  brandId: string;
  /** The post (its document id): its attachments are read and changed through it. */
  postId: string;
  /** Our own user id, so presence does not list us (our other tabs aside). */
  userId?: string | null;
  /** Comments on the post, its versions and its text (live posts). */
  comments?: PostEditorComments | null;
  /**
   * A share-link guest reads the post: the brand's networks, UTM tags and tone check are
   * the team's and are not asked for (the networks are those the post has a text for).
   */
  guest?: boolean;
}

export interface PostContentEditorProps extends Omit<
  PostEditorProps,
  'brandId' | 'postId' | 'guest'
> {
  /** The post's id (its document id): utm_content of its links. */
  postId?: string | null;
  /** The networks the brand uses; null while loading or when they could not be read. */
  brandNetworks: NetworkId[] | null;
  networksFailed?: boolean;
  /** The UTM tags of the post's links; no links section without them. */
  utm?: PostUtmDefaults | null;
  /** The post's images and videos, in order: any at all brings the networks' with-media limits. */
  media?: readonly PostMediaItem[];
  /** The attachments strip, shown above the preview. */
  attachments?: ReactNode;
  /** The brand's tone check: findings underlined in the open text, the panel beside it. */
  tone?: PostTone | null;
  /** Comments, shown under the editor; given the network whose tab is open. */
  renderComments?: (network: NetworkId | null) => ReactNode;
}

const BASE = 'base';
const FIRST_COMMENT = 'firstComment';

/** The post editor of a brand's post: reads the brand's networks, then edits the post. */
export default function PostEditor({
  brandId,
  postId,
  comments = null,
  guest = false,
  ...props
}: PostEditorProps) {
  const { networks, failed } = useBrandNetworks(brandId, guest);
  const utm = usePostUtm(brandId, guest ? null : postId);
  const files = usePostMedia(postId);
  const tone = usePostTone(brandId, postId, guest);
  const editable = props.editable && files.canEdit;
  return (
    <PostContentEditor
      {...props}
      tone={guest ? null : tone}
      postId={postId}
      utm={utm}
      brandNetworks={networks}
      networksFailed={failed}
      media={files.media}
      renderComments={
        comments
          ? (network) => (
              <Suspense fallback={null}>
                <PostCommentsSide
                  {...comments}
                  doc={props.doc}
                  network={network}
                  selection={() => focusedSelection(props.doc)}
                />
              </Suspense>
            )
          : undefined
      }
      attachments={
        <AttachmentsStrip
          media={files.media}
          limits={files.limits}
          editable={editable}
          uploading={files.uploading}
          problems={files.problems}
          onFiles={(picked) => void files.upload(picked)}
          onRemove={(id) => void files.remove(id)}
          onMove={(id, by) => void files.move(id, by)}
          onDismissProblems={files.dismissProblems}
        />
      }
    />
  );
}

/**
 * A post's editor: the base text, one tab per network the brand uses (its own text or the
 * base, counted against the network's limit), the hashtags and mentions found, the first
 * comment and an approximate feed preview. Every text is shared live through the Y.Doc.
 */
export function PostContentEditor({
  doc,
  awareness,
  editable,
  userId,
  postId,
  brandNetworks,
  networksFailed = false,
  utm,
  media = [],
  attachments,
  tone = null,
  renderComments,
}: PostContentEditorProps) {
  const { t } = useTranslation();
  const content = usePostContent(doc);
  const countOf = useCharacterCounter(content);
  const visitors = useFieldVisitors(awareness, userId);
  const shareField = useShareField(awareness);
  const [active, setActive] = useState<string>(BASE);
  // Telegram and the like allow less text under a photo or video.
  const withMedia = media.length > 0;
  const [previewChoice, setPreviewChoice] = useState<NetworkId | null>(null);

  const overridden = Object.keys(content.variants).join(',');
  // The brand's networks, then any other network that already has its own text.
  const networks = useMemo(() => {
    const own = overriddenNetworks(doc);
    const listed = brandNetworks ?? [];
    return [...listed, ...own.filter((network) => !listed.includes(network))];
    // `overridden` stands for the variants' keys, which `doc` alone does not show.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, brandNetworks, overridden]);
  const activeNetwork = networks.find((network) => network === active) ?? null;
  const previewNetwork =
    activeNetwork ?? networks.find((network) => network === previewChoice) ?? networks[0] ?? null;
  const activeText = activeNetwork ? textFor(content, activeNetwork) : content.body;
  // The open text is checked with its network's limit (the base text against the brand's own).
  const textTone = useTextTone(tone?.checker ?? null, activeText, tone?.locale ?? 'en', {
    locale: tone?.locale ?? 'en',
    ignore: tone?.ignored ?? [],
    ...(activeNetwork ? { network: activeNetwork, withMedia } : {}),
  });
  const replace = (item: EditorFinding) => {
    const own = activeNetwork ? variantText(doc, activeNetwork) : null;
    const target = own ?? postBody(doc);
    const { from, to, replacement } = item.finding;
    // Only while the range still holds what was flagged (someone may have typed there).
    if (replacement === undefined || target.toJSON().slice(from, to) !== item.text) return;
    doc.transact(() => {
      target.delete(from, to - from);
      target.insert(from, replacement);
    });
  };

  return (
    <Stack gap="md" data-testid="post-editor">
      {networksFailed && brandNetworks === null && (
        <Alert color="yellow" variant="light">
          {t('posts.editor.networksFailed')}
        </Alert>
      )}
      {brandNetworks !== null && brandNetworks.length === 0 && (
        <Alert color="blue" variant="light" role="note">
          {t('posts.editor.noNetworks')}
        </Alert>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
        <Box
          style={{ flex: '1 1 28rem', minWidth: 0 }}
          onFocus={(event) => {
            const field = (event.target as HTMLElement).closest<HTMLElement>('[data-post-field]');
            shareField(field?.dataset.postField ?? null);
          }}
          onBlur={() => shareField(null)}
        >
          <Tabs value={active} onChange={(value) => setActive(value ?? BASE)} keepMounted={false}>
            <Tabs.List aria-label={t('posts.editor.tabsLabel')}>
              <Tabs.Tab value={BASE}>
                <TabLabel label={t('posts.editor.baseTab')} people={visitors.get(BASE)} />
              </Tabs.Tab>
              {networks.map((network) => {
                const value = textFor(content, network);
                const check = checkLength(value, network, withMedia, countOf(value));
                return (
                  <Tabs.Tab
                    key={network}
                    value={network}
                    color={check.fits ? undefined : 'red'}
                    data-testid={`tab-${network}`}
                  >
                    <TabLabel
                      label={NETWORKS[network].label}
                      people={visitors.get(network)}
                      own={content.variants[network] !== undefined}
                      over={!check.fits}
                    />
                  </Tabs.Tab>
                );
              })}
            </Tabs.List>
            <Tabs.Panel value={BASE} pt="sm" data-post-field={BASE}>
              <SharedTextArea
                doc={doc}
                text={postBody(doc)}
                awareness={awareness}
                readOnly={!editable}
                label={t('posts.editor.baseLabel')}
                description={t('posts.editor.baseHint')}
                rows={8}
                highlights={activeNetwork ? null : textTone.highlights}
              />
            </Tabs.Panel>
            {networks.map((network) => (
              <Tabs.Panel key={network} value={network} pt="sm" data-post-field={network}>
                <VariantPanel
                  doc={doc}
                  awareness={awareness}
                  network={network}
                  text={variantText(doc, network)}
                  value={textFor(content, network)}
                  editable={editable}
                  withMedia={withMedia}
                  countOf={countOf}
                  highlights={network === activeNetwork ? textTone.highlights : null}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
          <Box mt="sm">
            <EntityList text={activeText} />
          </Box>
          {utm && postId && (
            <UtmLinks postId={postId} content={content} networks={networks} {...utm} />
          )}
          <Box mt="md" data-post-field={FIRST_COMMENT}>
            <SharedTextArea
              doc={doc}
              text={postFirstComment(doc)}
              awareness={awareness}
              readOnly={!editable}
              label={t('posts.editor.firstComment')}
              description={t('posts.editor.firstCommentHint')}
              rows={3}
            />
            <PeopleHere people={visitors.get(FIRST_COMMENT)} />
          </Box>
        </Box>
        {tone && (
          <Box style={{ flex: '0 1 20rem', minWidth: 0 }}>
            <TonePanel
              status={tone.status === 'ready' && textTone.refused ? 'refused' : tone.status}
              result={textTone.result}
              findings={textTone.findings}
              editable={editable}
              onReplace={replace}
              onIgnore={(item, reason) => tone.ignoreOnce(item.finding.ruleId, item.text, reason)}
            />
          </Box>
        )}
      </div>
      {attachments}
      <NetworkPreview
        networks={networks}
        image={media.find((item) => item.mime.startsWith('image/')) ?? null}
        network={previewNetwork}
        onNetworkChange={(network) => {
          setPreviewChoice(network);
          if (activeNetwork) setActive(network);
        }}
        text={previewNetwork ? textFor(content, previewNetwork) : content.body}
      />
      {renderComments?.(activeNetwork)}
    </Stack>
  );
}

/** A tab's name with who writes there, whether it has its own text and whether it is too long. */
function TabLabel({
  label,
  people,
  own,
  over,
}: {
  label: string;
  people: Person[] | undefined;
  own?: boolean;
  over?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <span>{label}</span>
      {own && (
        <Text span size="xs" c="dimmed">
          {t('posts.editor.ownMark')}
        </Text>
      )}
      {over && (
        <Text span size="xs" c="red.8" fw={700}>
          {t('posts.editor.overMark')}
        </Text>
      )}
      {people?.map((person) => (
        <Box
          key={person.id}
          component="span"
          title={person.name}
          w={10}
          h={10}
          style={{ borderRadius: '50%', background: person.color, display: 'inline-block' }}
        >
          <VisuallyHidden>{t('posts.editor.here', { names: person.name })}</VisuallyHidden>
        </Box>
      ))}
    </Group>
  );
}

/** Who else writes in a field, as names in their presence colour. */
function PeopleHere({ people }: { people: Person[] | undefined }) {
  const { t } = useTranslation();
  if (!people || people.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt={4}>
      {t('posts.editor.here', { names: people.map((person) => person.name).join(', ') })}
    </Text>
  );
}
