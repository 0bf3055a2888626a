import { Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { splitCommentBody } from '../comment-text';

/**
 * A comment's body as plain text: line breaks kept, http(s) addresses as links that open in
 * a new tab without telling the site where they came from, mentions in bold. Nothing of it
 * is ever read as HTML or Markdown.
 */
export function CommentBody({
  body,
  mentionNames,
}: {
  body: string;
  mentionNames: readonly string[];
}) {
  const pieces = useMemo(() => splitCommentBody(body, mentionNames), [body, mentionNames]);
  return (
    <Text
      size="sm"
      dir="auto"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-testid="comment-body"
    >
      {pieces.map((piece, index) =>
        piece.kind === 'link' ? (
          <Anchor key={index} href={piece.href} target="_blank" rel="noopener noreferrer nofollow">
            {piece.text}
          </Anchor>
        ) : piece.kind === 'mention' ? (
          <Text key={index} span fw={600} size="sm">
            {piece.text}
          </Text>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </Text>
  );
}
