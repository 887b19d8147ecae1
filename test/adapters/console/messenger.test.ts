import { PassThrough } from 'node:stream';
import { ConsoleMessenger } from '../../../adapters/console/index.ts';
import { messengerContract } from '../../contracts/messenger.ts';

messengerContract(
  'console',
  async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const messenger = new ConsoleMessenger(out, async () => 'Tim Godwin');
    return {
      messenger,
      notice: {
        idempotencyKey: 'reminder:1',
        recipient: {
          kind: 'person',
          personId: 1,
          userId: '1',
          workspaceId: null,
          conversationRef: null,
        },
      },
      lastVisibleText: async () => written,
      // A terminal has no pings or markup; what matters is that no escape sequence gets through.
      lastIsInert: async () => !written.includes('\u001b'),
    };
  },
  { platformFailures: false },
);
