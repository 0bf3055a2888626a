import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { render, screen } from '@testing-library/react';
import { CommentMargin } from './CommentMargin';

function editorWith(text: string): Editor {
  return new Editor({ extensions: [StarterKit], content: `<p>${text}</p>` });
}

describe('CommentMargin', () => {
  it('lays out against an editor TipTap has already destroyed without throwing (its view is gone)', () => {
    const editor = editorWith('Goal: 2,000 tea-club members by June.');
    editor.destroy();
    expect(() => editor.view.dom).toThrow(/not available/);
    render(
      <CommentMargin
        editor={editor}
        threads={[]}
        resolved={new Map()}
        active={null}
        onActivate={() => undefined}
      />,
    );
    expect(screen.getByTestId('comment-margin')).toBeInTheDocument();
  });
});
