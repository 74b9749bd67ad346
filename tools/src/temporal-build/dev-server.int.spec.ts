import * as net from 'node:net';
import { Connection } from '@temporalio/client';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { getFreePort, isPortFree, startDevServer, TemporalLibError } from '@vinhdanh/temporal';
import { ensureTemporalCli } from './ensure-cli';

describe('startDevServer', () => {
  it('starts a server with the search attributes registered and stops it cleanly', async () => {
    const executable = await ensureTemporalCli();
    const port = await getFreePort();
    const server = await startDevServer({
      executable,
      ip: '127.0.0.1',
      port,
      namespace: 'default',
      searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    });
    try {
      expect(server.address).toBe(`127.0.0.1:${port}`);
      const connection = await Connection.connect({ address: server.address });
      const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace: 'default' });
      await connection.close();
      expect(customAttributes).toMatchObject({ VinhdanhLevel: expect.anything(), VinhdanhStatus: expect.anything() });
    } finally {
      await server.stop();
    }
    expect(() => process.kill(server.pid!, 0)).toThrow();
    expect(await isPortFree('127.0.0.1', port)).toBe(true);
  });

  it('refuses a port that is already taken instead of hanging', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const start = startDevServer({
        executable: await ensureTemporalCli(),
        ip: '127.0.0.1',
        port,
        namespace: 'default',
        searchAttributes: [],
      });
      await expect(start).rejects.toThrow(TemporalLibError);
      await expect(start).rejects.toMatchObject({ code: 'TEMPORAL.PORT_IN_USE' });
    } finally {
      blocker.close();
    }
  });
});
