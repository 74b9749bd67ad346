import { createServer, connect, type Socket } from 'node:net';
import { createPool } from './pool';

// A connection lent out of the pool whose server goes away (reset) must fail its query, not end
// the process with an unhandled 'error' event (as it did to the worker when PostgreSQL was cut).
describe('pool connections that lose their server', () => {
  it('emit no unhandled error while checked out; the next query fails, and the pool recovers', async () => {
    const sockets: Socket[] = [];
    const proxy = createServer((client) => {
      const upstream = connect(5432, '127.0.0.1');
      sockets.push(client, upstream);
      for (const s of [client, upstream]) s.on('error', () => undefined);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    const pool = createPool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 2 });
    try {
      const client = await pool.connect();
      await client.query('select 1');
      // The server "dies" while the connection is lent out and idle.
      for (const s of sockets) s.resetAndDestroy();
      await new Promise((r) => setTimeout(r, 200));
      await expect(client.query('select 1')).rejects.toThrow();
      client.release(true);
      // The pool opens a fresh connection once the server is back.
      await expect(pool.query('select 1 as ok')).resolves.toMatchObject({ rows: [{ ok: 1 }] });
    } finally {
      await pool.end();
      await new Promise((r) => proxy.close(r));
    }
  });
});
