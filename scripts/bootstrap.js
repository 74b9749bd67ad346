#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone: install the locked dependencies when node_modules
// is missing or older than package-lock.json, then run the real command. Plain JavaScript with no
// dependencies, because it runs before anything is installed.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const commands = {
  start: [process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts']],
  test: ['npm', ['run', '--silent', 'test:all']],
};
const target = commands[process.argv[2]];
if (!target) {
  console.error(`usage: bootstrap.js ${Object.keys(commands).join('|')}`);
  process.exit(2);
}

const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[bootstrap] installing the locked dependencies (npm install)…');
  const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}

const [cmd, args] = target;
const child = spawn(cmd, [...args, ...process.argv.slice(3)], { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the child through the terminal's process group; a SIGTERM (from npm or a
// supervisor) is passed on. Either way the child shuts down in order and its exit code is ours.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
