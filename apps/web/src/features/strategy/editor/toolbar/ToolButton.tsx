import { ActionIcon } from '@mantine/core';
import { forwardRef, type ReactNode } from 'react';

export interface ToolButtonProps {
  /** The accessible name (and tooltip). */
  label: string;
  /** For toggles (bold, lists): whether it is on here; omitted for plain actions. */
  active?: boolean;
  disabled?: boolean;
  onClick?: () => void;
  /**
   * The symbol shown ("B", "1.", "↶"). Drawn by CSS, not as text: the accessible name is
   * `label`, in the reader's language, and must not be contradicted by visible letters.
   */
  glyph?: string;
  /** An icon (aria-hidden SVG) instead of a glyph, for symbols fonts may lack. */
  icon?: ReactNode;
  /** How the symbol is drawn, for the formatting buttons. */
  glyphStyle?: 'bold' | 'italic' | 'underline' | 'strike';
}

/**
 * One toolbar button. It keeps the editor's selection: a mouse press does not take the
 * focus away from the text (keyboard users still reach it with Tab).
 */
export const ToolButton = forwardRef<HTMLButtonElement, ToolButtonProps>(function ToolButton(
  { label, active, disabled, onClick, glyph, icon, glyphStyle, ...rest },
  ref,
) {
  return (
    <ActionIcon
      ref={ref}
      {...rest}
      variant={active ? 'light' : 'subtle'}
      color={active ? 'indigo' : 'gray'}
      size="md"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="strategy-toolbar__button"
    >
      {icon ?? (
        <span
          aria-hidden="true"
          className="strategy-toolbar__glyph"
          data-glyph={glyph}
          data-glyph-style={glyphStyle}
        />
      )}
    </ActionIcon>
  );
});

/** A chain link (after Tabler Icons, MIT). */
export function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M9 15l6 -6" />
      <path d="M11 6l.463 -.536a5 5 0 0 1 7.071 7.072l-.534 .464" />
      <path d="M13 18l-.397 .534a5.068 5.068 0 0 1 -7.127 0a4.972 4.972 0 0 1 0 -7.071l.524 -.463" />
    </svg>
  );
}
