export { ConsoleMessenger } from './messenger.ts';
export { runChat, type ChatSession } from './inbound.ts';
export { renderText } from './render.ts';
