import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';

const CONTROLS = 'button, select, input, [role="button"]';

/** The toolbar's reachable controls, in document order (disabled ones are skipped). */
function controlsOf(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLElement>(CONTROLS)).filter(
    (control) =>
      !control.hasAttribute('disabled') && control.getAttribute('aria-disabled') !== 'true',
  );
}

function isRtl(element: HTMLElement): boolean {
  const owner = element.closest<HTMLElement>('[dir]');
  return (owner?.getAttribute('dir') ?? element.ownerDocument.dir).toLowerCase() === 'rtl';
}

/**
 * The ARIA toolbar pattern: the toolbar is one tab stop (roving tabindex). Arrow keys move
 * between its controls (mirrored right-to-left), Home and End go to the first and last, and
 * Tab leaves it. The control last used keeps the tab stop.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>) {
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return undefined;
    const sync = () => {
      const controls = controlsOf(toolbar);
      if (!current.current || !controls.includes(current.current)) {
        current.current = controls[0] ?? null;
      }
      for (const control of toolbar.querySelectorAll<HTMLElement>(CONTROLS)) {
        const tabIndex = control === current.current ? '0' : '-1';
        if (control.getAttribute('tabindex') !== tabIndex)
          control.setAttribute('tabindex', tabIndex);
      }
    };
    sync();
    // Controls are enabled and disabled as the selection moves (undo, table menu): the tab
    // stop must never rest on a control Tab cannot reach.
    const observer = new MutationObserver(sync);
    observer.observe(toolbar, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled', 'aria-disabled'],
    });
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (controlsOf(toolbar).includes(target) && target !== current.current) {
        current.current = target;
        sync();
      }
    };
    toolbar.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      toolbar.removeEventListener('focusin', onFocusIn);
    };
  }, [ref]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const toolbar = ref.current;
    if (!toolbar || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = controlsOf(toolbar);
    const index = controls.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const forward = isRtl(toolbar) ? 'ArrowLeft' : 'ArrowRight';
    const backward = isRtl(toolbar) ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = (index + 1) % controls.length;
    else if (event.key === backward) next = (index - 1 + controls.length) % controls.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = controls.length - 1;
    else return;
    event.preventDefault();
    const target = controls[next];
    if (!target) return;
    current.current = target;
    for (const control of controls)
      control.setAttribute('tabindex', control === target ? '0' : '-1');
    target.focus();
  };

  return { onKeyDown };
}
