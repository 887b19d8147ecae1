/**
 * A mock of Slack's Socket Mode endpoint: a WebSocket server on loopback that says hello, pushes
 * envelopes as Slack does, and resolves each with the app's acknowledgement.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Envelope {
  readonly type: 'slash_commands' | 'interactive' | 'events_api';
  readonly payload: Record<string, unknown>;
  readonly retry_attempt?: number;
}

export class MockSocket {
  private server!: WebSocketServer;
  private socket: WebSocket | undefined;
  private connected!: Promise<WebSocket>;
  private sequence = 0;
  url = '';

  async start(): Promise<this> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    this.connected = new Promise((resolve) => {
      this.server.on('connection', (ws) => {
        this.socket = ws;
        ws.send(
          JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }),
        );
        resolve(ws);
      });
    });
    return this;
  }

  /** Pushes an envelope; resolves with the payload the app acknowledged it with. */
  async push(envelope: Envelope): Promise<Record<string, unknown>> {
    const ws = await this.connected;
    this.sequence += 1;
    const envelopeId = `env-${this.sequence}`;
    const acked = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as {
          envelope_id?: string;
          payload?: Record<string, unknown>;
        };
        if (message.envelope_id === envelopeId) {
          ws.off('message', onMessage);
          resolve(message.payload ?? {});
        }
      };
      ws.on('message', onMessage);
    });
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        accepts_response_payload: envelope.type !== 'events_api',
        ...envelope,
      }),
    );
    return acked;
  }

  close(): Promise<void> {
    this.socket?.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function startMockSocket(): Promise<MockSocket> {
  return new MockSocket().start();
}
