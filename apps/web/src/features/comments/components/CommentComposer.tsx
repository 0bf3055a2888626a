import '@mantine/core/styles/SegmentedControl.css';
import {
  Button,
  Group,
  Menu,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import {
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, TextareaHighlightLayer } from '../../../ui';
import { ReplyToneFindings, useReplyTone } from '../../tone';
import { fillTemplate, mentionQueryAt } from '../comment-text';
import type { ReplyTemplate } from '../hooks/use-comment-helpers';
import {
  COMMENT_MAX_LENGTH,
  type CommentDraft,
  type CommentVisibility,
  type MentionCandidate,
} from '../model';
import { CommentsContext } from './comments-context';
import { useCommentProblemText } from './use-comment-problem-text';

export interface CommentComposerProps {
  /** Sends the draft; a rejection keeps the text and shows the problem. */
  onSubmit: (draft: CommentDraft) => Promise<unknown>;
  onCancel?: () => void;
  candidates: readonly MentionCandidate[];
  /** Offer Internal/External (a new thread by a team member); guests always write External. */
  visibility?: { choose: boolean; initial: CommentVisibility } | null;
  templates?: readonly ReplyTemplate[];
  /** Values for the templates' variables (the person answered, …). */
  templateValues?: Readonly<Record<string, string>>;
  initialBody?: string;
  initialMentions?: readonly string[];
  submitLabel: string;
  placeholder: string;
  autoFocus?: boolean;
}

const SUGGESTIONS = 6;

/**
 * Writes a comment: plain text, @mentions picked from the brand's members (typed after "@"),
 * Internal/External for a new team thread, reply templates for moderators; Ctrl/⌘+Enter sends.
 */
export function CommentComposer({
  onSubmit,
  onCancel,
  candidates,
  visibility = null,
  templates = [],
  templateValues = {},
  initialBody = '',
  initialMentions = [],
  submitLabel,
  placeholder,
  autoFocus = false,
}: CommentComposerProps) {
  const { t } = useTranslation();
  const problemText = useCommentProblemText();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a picked mention is in the text (set before the next key). */
  const caretAfterMention = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caretAfterMention.current;
    if (at === null) return;
    caretAfterMention.current = null;
    ref.current?.focus();
    ref.current?.setSelectionRange(at, at);
  });
  const [body, setBody] = useState(initialBody);
  const [picked, setPicked] = useState<readonly MentionCandidate[]>(() =>
    candidates.filter((candidate) => initialMentions.includes(candidate.id)),
  );
  const [chosen, setChosen] = useState<CommentVisibility>(visibility?.initial ?? 'INTERNAL');
  const [query, setQuery] = useState<{ query: string; start: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Replies are checked against the brand's tone of voice as they are typed (not for guests).
  const tone = useReplyTone(useContext(CommentsContext)?.toneBrandId ?? null, body);

  const suggestions = useMemo(() => {
    if (!query) return [];
    const wanted = query.query.toLocaleLowerCase();
    return candidates
      .filter((candidate) => candidate.name.toLocaleLowerCase().includes(wanted))
      .slice(0, SUGGESTIONS);
  }, [candidates, query]);

  const readQuery = (element: HTMLTextAreaElement) =>
    setQuery(candidates.length > 0 ? mentionQueryAt(element.value, element.selectionStart) : null);

  const mention = (candidate: MentionCandidate) => {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const next = `${body.slice(0, query.start)}@${candidate.name} ${body.slice(caret)}`;
    setBody(next);
    setPicked((current) =>
      current.some((person) => person.id === candidate.id) ? current : [...current, candidate],
    );
    setQuery(null);
    // Placed as the new text is committed, not a frame later: a key typed in between
    // would otherwise land after the caret's old place.
    caretAfterMention.current = query.start + candidate.name.length + 2;
  };

  const trimmed = body.trim();
  const submit = async () => {
    if (!trimmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        body: trimmed,
        // Only the people still named in the text.
        mentions: picked
          .filter((person) => trimmed.includes(`@${person.name}`))
          .map((person) => person.id),
        visibility: visibility ? chosen : 'INTERNAL',
      });
      setBody('');
      setPicked([]);
      setQuery(null);
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      setQuery(null);
    } else if (event.key === 'Enter' && suggestions[0] && query) {
      event.preventDefault();
      mention(suggestions[0]);
    }
  };

  return (
    <Stack gap={6} data-testid="comment-composer">
      {visibility?.choose && (
        <SegmentedControl
          size="xs"
          value={chosen}
          onChange={(value) => setChosen(value)}
          aria-label={t('comments.visibility.label')}
          data={[
            { value: 'INTERNAL', label: t('comments.visibility.INTERNAL') },
            { value: 'EXTERNAL', label: t('comments.visibility.EXTERNAL') },
          ]}
        />
      )}
      {visibility && !visibility.choose && (
        <Text size="xs" c="dimmed">
          {t('comments.visibility.guestNote')}
        </Text>
      )}
      <Textarea
        ref={ref}
        value={body}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          readQuery(event.currentTarget);
        }}
        onSelect={(event) => readQuery(event.currentTarget)}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        aria-label={placeholder}
        autosize
        minRows={2}
        maxRows={10}
        maxLength={COMMENT_MAX_LENGTH}
        autoFocus={autoFocus}
        dir="auto"
        aria-controls={suggestions.length > 0 ? listId : undefined}
        data-testid="comment-input"
        inputContainer={(children) => (
          <div style={{ position: 'relative' }}>
            {children}
            {tone.highlights && (
              <TextareaHighlightLayer textarea={ref} highlights={tone.highlights} />
            )}
          </div>
        )}
      />
      <ReplyToneFindings tone={tone} />
      {suggestions.length > 0 && (
        <Stack
          gap={0}
          id={listId}
          role="listbox"
          aria-label={t('comments.mentionList')}
          className="comment-mentions"
        >
          {suggestions.map((candidate) => (
            <UnstyledButton
              key={candidate.id}
              role="option"
              aria-selected={false}
              className="comment-mentions__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => mention(candidate)}
            >
              {candidate.name}
            </UnstyledButton>
          ))}
        </Stack>
      )}
      {error && <FormAlert message={error} />}
      <Group gap="xs" justify="flex-end">
        {templates.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-sm" variant="subtle">
                {t('comments.templates')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {templates.map((template) => (
                <Menu.Item
                  key={template.id}
                  onClick={() => {
                    const filled = fillTemplate(template.body, templateValues);
                    setBody((current) =>
                      current.trim() ? `${current.trimEnd()}\n${filled}` : filled,
                    );
                    ref.current?.focus();
                  }}
                >
                  {template.name} · {template.language}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {onCancel && (
          <Button size="compact-sm" variant="default" onClick={onCancel} disabled={busy}>
            {t('comments.cancel')}
          </Button>
        )}
        <Button
          size="compact-sm"
          onClick={() => void submit()}
          loading={busy}
          disabled={!trimmed}
          data-testid="comment-submit"
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
