/*
 * `npm run verify-export -- <file> [--public-key <pem file>] [--signature <sidecar.json>]`: checks an
 * auditors' export OFFLINE (no database, no network).
 * - JSON (`{ payload, signature, publicKey, keyId, algorithm }`): the Ed25519 signature over the
 *   RFC 8785 canonical JSON of `payload`, every event's hash recomputed from its canonical JSON and
 *   chained from genesis, the head, and that the domain's `evolve` folds the events to `finalState`.
 * - CSV: the signature over the file's exact bytes from the sidecar (`<file>.sig.json` by default:
 *   `{ algorithm, signature, publicKey, keyId }`, from the response's X-Vinhdanh-* headers) and the
 *   hash chain rebuilt from the rows.
 * - JSON Lines (`.jsonl`/`.ndjson`, a campaign): the signed trailer's manifest, the SHA-256 of every
 *   byte before it, the count, and each nomination's hash chain and fold.
 * Pass --public-key with the union's published key: otherwise anyone could re-sign a forged file
 * with a key of their own, and only the printed key id tells them apart.
 * Prints one line per check and a verdict; exits 0 when valid, 1 on any failure or unreadable input.
 */
import { existsSync, readFileSync } from 'node:fs';
// Relative until the lead links @vinhdanh/audit with npm install.
import {
  checkExportedChain,
  checkSignature,
  eventsFromCsv,
  verifyCampaignExport,
  verifyNominationExport,
  type ExportVerdict,
  type NominationExportPayload,
  type SignedEnvelope,
} from '@vinhdanh/audit';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function verifyCsv(bytes: Buffer, sidecarPath: string, trusted?: string): ExportVerdict {
  if (!existsSync(sidecarPath)) throw new Error(`no signature sidecar ${sidecarPath} (pass --signature <file>)`);
  const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8')) as {
    signature: string;
    publicKey: string;
    algorithm: string;
    keyId?: string;
  };
  const checks = checkSignature(bytes, sidecar, trusted);
  checks.push(checkExportedChain(eventsFromCsv(bytes.toString('utf8'))));
  return { ok: checks.every((c) => c.ok), checks };
}

function main(argv: string[]): number {
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!file) {
    process.stderr.write(
      'usage: verify-export <file.json|file.csv|file.jsonl> [--public-key <pem>] [--signature <sidecar.json>]\n',
    );
    return 1;
  }
  const keyFile = option(argv, '--public-key');
  const trusted = keyFile ? readFileSync(keyFile, 'utf8') : undefined;
  const bytes = readFileSync(file);
  const kind = /\.(csv|jsonl|ndjson)$/i.exec(file)?.[1]?.toLowerCase() ?? 'json';
  const verdict =
    kind === 'csv'
      ? verifyCsv(bytes, option(argv, '--signature') ?? `${file}.sig.json`, trusted)
      : kind === 'json'
        ? verifyNominationExport(JSON.parse(bytes.toString('utf8')) as SignedEnvelope<NominationExportPayload>, trusted)
        : verifyCampaignExport(bytes, trusted);
  for (const c of verdict.checks) process.stdout.write(`${c.ok ? 'OK  ' : 'FAIL'} ${c.check}: ${c.detail}\n`);
  if (!trusted) process.stdout.write('NOTE key not pinned: compare the key id above with the published one\n');
  process.stdout.write(
    verdict.ok ? `VALID: ${file} is authentic and consistent\n` : `INVALID: ${file} failed verification\n`,
  );
  return verdict.ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stdout.write(`INVALID: cannot verify: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
