import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('kpi-model', () => {
  it('stays pure: no file reading, no exceljs, no media-plan /io (the web bundle imports it)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const files = walk(join(process.cwd(), 'src')).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect({
        file,
        bad: /from '(exceljs|node:[a-z]+|@chorus\/media-plan-model\/io)'/.test(source),
      }).toEqual({
        file,
        bad: false,
      });
    }
  });
});
