import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendingSchemaChanges } from '../platform/database/index.js';
import { openScriptDataSource } from './script-data-source.js';

/**
 * Writes src/platform/database/migrations/<timestamp>-<Name>.ts from the
 * difference between the entities and what the existing migrations build, and
 * appends it to the migrations list. Review the file before committing it.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error(
    'Usage: npx -y pnpm@10.34.9 --filter @chorus/server migration:generate <PascalCaseName>',
  );
  process.exit(2);
}

const folder = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../src/platform/database/migrations',
);
const { dataSource, close } = await openScriptDataSource();
try {
  await dataSource.runMigrations({ transaction: 'each' });
  const { upQueries, downQueries } = await pendingSchemaChanges(dataSource);
  if (upQueries.length === 0) {
    console.log('Nothing to generate: the migrations already match the entities.');
    process.exit(0);
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const render = (queries: typeof upQueries): string =>
    queries
      .map(
        (q) =>
          `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      )
      .join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${render(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${render([...downQueries].reverse())}
  }
}
`;
  const file = `${timestamp}-${name}`;
  writeFileSync(join(folder, `${file}.ts`), source);

  const indexPath = join(folder, 'index.ts');
  const source_ = readFileSync(indexPath, 'utf8');
  const importLine = `import { ${className} } from './${file}.js';\n`;
  const lastImport = source_.lastIndexOf('\nimport ');
  const insertAt = lastImport === -1 ? 0 : source_.indexOf('\n', lastImport + 1) + 1;
  const index = (source_.slice(0, insertAt) + importLine + source_.slice(insertAt)).replace(
    /= \[([\s\S]*?)\];/,
    (_all, list: string) => {
      const items = list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      return `= [${[...items, className].join(', ')}];`;
    },
  );
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${file}.ts; run prettier and review it.`);
} finally {
  await close();
}
