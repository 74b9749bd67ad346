import { Client } from 'pg';

/** Splits a postgres URL into the URL of its maintenance database and the database name. */
export function parseDatabaseUrl(url: string): { adminUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`DATABASE_URL has no database name: ${url}`);
  parsed.pathname = '/postgres';
  return { adminUrl: parsed.toString(), database };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates the database named in `url` when it does not exist yet; returns true when it created it. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const { adminUrl, database } = parseDatabaseUrl(url);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      // CREATE DATABASE cannot run inside a transaction, so it goes alone.
      await client.query(`create database ${quoteIdent(database)}`);
    } catch (err) {
      // Another process created it between our check and our create.
      if ((err as { code?: string }).code !== '42P04') throw err;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database, closing other sessions first (tests' throwaway databases). */
export async function dropDatabase(url: string): Promise<void> {
  const { adminUrl, database } = parseDatabaseUrl(url);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdent(database)} with (force)`);
  } finally {
    await client.end();
  }
}
