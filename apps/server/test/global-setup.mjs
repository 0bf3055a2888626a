// Jest's global setup (plain ESM: it runs before any transform). Names this run's template
// database; the first test file that needs a database builds it (test/support/test-database.ts)
// and every other file copies it. Workers inherit the variable.
import { randomBytes } from 'node:crypto';

export default function globalSetup() {
  process.env.CHORUS_TEST_TEMPLATE ??= `chorus_test_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
}
