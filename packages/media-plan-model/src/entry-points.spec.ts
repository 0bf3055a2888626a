import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(process.cwd(), 'src');

describe('entry points', () => {
  it('keeps exceljs and the io folder out of the main entry, so the grid bundle never loads them', () => {
    const core = readdirSync(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    expect(core).toContain('index.ts');
    for (const file of core) {
      const source = readFileSync(join(SRC, file), 'utf8');
      expect({
        file,
        exceljs: /from 'exceljs'/.test(source),
        io: /from '\.\/io\//.test(source),
      }).toEqual({
        file,
        exceljs: false,
        io: false,
      });
    }
  });

  it('declares the io entry in package.json exports', () => {
    const packageJson = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    expect(packageJson.exports['./io']).toEqual({
      types: './dist/io/index.d.ts',
      default: './dist/io/index.js',
    });
  });
});
