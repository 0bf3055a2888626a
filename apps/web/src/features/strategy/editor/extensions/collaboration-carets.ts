import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Plugin } from '@tiptap/pm/state';
import type { Awareness } from 'y-protocols/awareness';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A peer as the server stamped them on presence (`user: { id, name, color }`). */
function stampedUser(user: Record<string, unknown>): { name: string; color: string } {
  const name = typeof user.name === 'string' && user.name.trim() ? user.name : '';
  const color =
    typeof user.color === 'string' && HEX_COLOR.test(user.color) ? user.color : '#495057';
  return { name, color };
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever reads better on `background` (#rrggbb). */
export function labelTextColor(background: string): '#000000' | '#ffffff' {
  const light = luminance(background);
  const onWhite = 1.05 / (light + 0.05);
  const onBlack = (light + 0.05) / 0.05;
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}

/** The caret of someone else: a coloured bar with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const { name, color } = stampedUser(user);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.style.color = labelTextColor(color);
  // Text, never HTML: the name comes from another person's account.
  label.textContent = name;
  caret.append(label);
  return caret;
}

/**
 * Other people's carets and selections, named and coloured as the server stamped them on
 * presence. y-tiptap's cursor plugin reads and writes the awareness field `cursor`
 * (relative positions in the strategy fragment), the same field the presence list and the
 * plain-text editor use.
 *
 * The stock extension also writes a local `user` field (its `user` option) on start; here
 * the server owns `user` (it overwrites whatever a client sends), and our local state
 * carries only `cursor`, so that plugin is left out.
 */
export function collaborationCarets(awareness: Awareness) {
  return CollaborationCaret.extend({
    addProseMirrorPlugins() {
      const plugins: Plugin[] = this.parent?.() ?? [];
      return plugins.filter(
        (plugin) =>
          !(plugin as unknown as { key: string }).key.startsWith(
            'collaborationCaretAwarenessListener',
          ),
      );
    },
  }).configure({
    provider: { awareness },
    render: renderCaret,
    selectionRender: (user: Record<string, unknown>) => ({
      nodeName: 'span',
      class: 'collaboration-carets__selection',
      style: `background-color: ${stampedUser(user).color}33`,
    }),
  });
}
