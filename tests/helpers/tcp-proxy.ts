// A loopback TCP proxy to cut a service off and bring it back, without
// touching the real service (the machine's PostgreSQL and Redis are shared by
// test files running in parallel: never restart them).
//
//   const proxy = await startTcpProxy("127.0.0.1", 5432);
//   // point the app at 127.0.0.1:<proxy.port>
//   await proxy.pause();   // every live connection dropped, new ones refused (ECONNREFUSED)
//   await proxy.resume();  // listening again on the same port
//   proxy.silence();       // a partition: connections stay open, nothing gets through either way
//   await proxy.close();
import { createServer, connect, type Server, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** connections accepted since the start (to check the app went through the proxy) */
  readonly connections: number;
  /** Destroy every live connection and stop listening, so connects get ECONNREFUSED. */
  pause(): Promise<void>;
  /** Listen again on the same port. */
  resume(): Promise<void>;
  /** A partition rather than a refusal: live connections stay open but carry nothing; new ones are accepted and held. */
  silence(): void;
  close(): Promise<void>;
};

export async function startTcpProxy(targetHost: string, targetPort: number, listenHost = "127.0.0.1"): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let listening = false;
  let silent = false;
  const pipes: { client: Socket; upstream: Socket }[] = [];

  const server: Server = createServer((client) => {
    if (!listening) return void client.destroy(); // accepted while pausing
    accepted++;
    if (silent) {
      sockets.add(client);
      client.on("error", () => client.destroy());
      return void client.pause();
    }
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
    pipes.push({ client, upstream });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, listenHost, () => {
        server.off("error", reject);
        listening = true;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      // close() waits for the live connections to end: they are destroyed right after
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    });

  await listen(0);
  const port = (server.address() as { port: number }).port;

  return {
    port,
    get connections() {
      return accepted;
    },
    pause: stopListening,
    silence() {
      silent = true;
      for (const { client, upstream } of pipes) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    async resume() {
      if (!listening) await listen(port);
    },
    close: stopListening,
  };
}
