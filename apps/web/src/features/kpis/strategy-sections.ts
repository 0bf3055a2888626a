/** A heading's text as compared: spaces collapsed, case folded in the reader's rules. */
function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/**
 * The strategy heading on the page that a correction's section names (spaces and case
 * ignored), or null when the strategy no longer has it.
 */
export function findSectionHeading(root: ParentNode, section: string): HTMLElement | null {
  const wanted = normalised(section);
  if (!wanted) return null;
  const headings = root.querySelectorAll<HTMLElement>(
    '.ProseMirror h1, .ProseMirror h2, .ProseMirror h3, .ProseMirror h4',
  );
  for (const heading of headings) {
    if (normalised(heading.textContent ?? '') === wanted) return heading;
  }
  return null;
}
