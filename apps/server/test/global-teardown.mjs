// Drops this run's template database (see global-setup.mjs), if a test file built it.
import pg from 'pg';

export default async function globalTeardown() {
  const url = process.env.DATABASE_URL;
  const name = process.env.CHORUS_TEST_TEMPLATE;
  if (!url || !name || !/^chorus_test_tpl_\w+$/.test(name)) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS "${name}_build" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
