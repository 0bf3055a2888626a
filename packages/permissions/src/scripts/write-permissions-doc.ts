import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPermissionsMarkdown } from '../markdown.js';

const target = fileURLToPath(new URL('../../../../docs/permissions.md', import.meta.url));
writeFileSync(target, renderPermissionsMarkdown());
console.log(`wrote ${target}`);
