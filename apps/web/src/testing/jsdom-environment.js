// jsdom plus the web platform pieces Node has and jsdom lacks (fetch and its classes, text
// encoding, streams), taken from Node itself so component tests see what a browser gives.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'AbortController',
  'AbortSignal',
  'structuredClone',
  'MessageChannel',
];

class WebJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
    // crypto.randomUUID for idempotency keys.
    if (!this.global.crypto?.randomUUID) this.global.crypto = globalThis.crypto;
  }
}

module.exports = WebJsdomEnvironment;
