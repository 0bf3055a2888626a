import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Right-to-left languages mirror the whole layout, which only works when styles say
 * "start/end" instead of "left/right". ESLint guards the props in TSX; this guards CSS.
 */
const srcDir = path.resolve(__dirname, '..');
const physical =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)|left|right)\s*:|:\s*(?:left|right)\s*[;}]/gm;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

describe('stylesheets', () => {
  it('finds the stylesheets it checks', () => {
    expect(cssFiles(srcDir).length).toBeGreaterThan(0);
  });

  it.each(cssFiles(srcDir).map((file) => [path.relative(srcDir, file), file]))(
    '%s uses logical properties only (no left/right)',
    (_name, file) => {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css.match(physical) ?? []).toEqual([]);
    },
  );

  it('would catch a physical property', () => {
    expect('a { margin-left: 1px }'.match(physical)).not.toBeNull();
    expect('a { text-align: right; }'.match(physical)).not.toBeNull();
    expect('a{left:0}'.match(physical)).not.toBeNull();
    expect('a { inset-inline-start: 0; text-align: start; }'.match(physical)).toBeNull();
  });
});
