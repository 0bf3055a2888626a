import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FormAlert } from './FormAlert';

interface PanelBoundaryProps {
  /** What the reader sees instead of the panel (already in their language). */
  message: string;
  children: ReactNode;
}

/**
 * Keeps a failing side panel (comments, tone of voice) from taking the page with it: the
 * panel is replaced by `message` and the editor beside it keeps working, so nothing being
 * typed is lost. The error still reaches the console for whoever investigates.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A side panel failed', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? <FormAlert message={this.props.message} /> : this.props.children;
  }
}
