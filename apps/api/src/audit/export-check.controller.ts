import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  checkExportedChain,
  checkSignature,
  eventsFromCsv,
  verifyCampaignExport,
  verifyNominationExport,
  type ExportVerdict,
  type NominationExportPayload,
  type SignedEnvelope,
  type VerificationCheck,
} from '@vinhdanh/audit';
import { z } from 'zod';
import { RequirePermission } from '../auth/auth.decorators';
import type { HttpRequest } from '../core/http.types';
import { ApiError, RequestValidationError } from '../errors/api-error';
import { AUDIT_TRUSTED_KEYS } from './audit.tokens';

/** An export file is at most this large (a campaign's JSON Lines included). */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

const ExportCheckQuery = z.strictObject({
  format: z.enum(['json', 'csv', 'jsonl'], { error: 'format must be json, csv or jsonl' }),
});

/** The sidecar of a CSV export, sent base64-encoded in `X-Export-Signature`. */
const CsvSidecar = z.object({
  algorithm: z.string(),
  signature: z.string(),
  publicKey: z.string(),
  keyId: z.string().optional(),
});

/** One check of an uploaded export, in words an auditor reads. */
export interface ExportCheckLine {
  check: VerificationCheck['check'];
  ok: boolean;
  /** What was checked, in Vietnamese. */
  name: string;
  /** The finding, in Vietnamese. */
  detail: string;
  /** The verifier's own finding (English, with versions and ids), for a technical reader. */
  detailEn: string;
}

/** `POST /api/audit/export-checks`. */
export interface ExportCheckResponse {
  ok: boolean;
  format: 'json' | 'csv' | 'jsonl';
  checks: ExportCheckLine[];
}

const CHECK_NAMES: Record<VerificationCheck['check'], string> = {
  signature: 'Chữ ký số',
  key: 'Khóa ký của hệ thống',
  format: 'Cấu trúc tệp',
  hash_chain: 'Chuỗi băm',
  fold: 'Trạng thái cuối',
};
const FINDINGS: Record<VerificationCheck['check'], { ok: string; failed: string }> = {
  signature: {
    ok: 'Chữ ký Ed25519 khớp với nội dung tệp.',
    failed: 'Chữ ký không khớp với nội dung: tệp đã bị sửa sau khi xuất, hoặc không phải bản xuất có chữ ký.',
  },
  key: {
    ok: 'Tệp được ký bằng khóa của hệ thống này.',
    failed: 'Tệp được ký bằng một khóa khác, không phải khóa của hệ thống này.',
  },
  format: {
    ok: 'Cấu trúc tệp đúng, phần đầu và phần cuối khớp với các sự kiện.',
    failed: 'Cấu trúc tệp sai: phần đầu, số lượng hoặc mã băm tổng không khớp.',
  },
  hash_chain: {
    ok: 'Mọi sự kiện nối đúng chuỗi băm từ sự kiện đầu tiên.',
    failed: 'Chuỗi băm bị đứt: có sự kiện bị sửa, thêm hoặc bớt.',
  },
  fold: {
    ok: 'Các sự kiện dẫn đúng tới trạng thái cuối ghi trong tệp.',
    failed: 'Các sự kiện không dẫn tới trạng thái cuối ghi trong tệp.',
  },
};

async function readBody(req: HttpRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size <= MAX_EXPORT_BYTES) chunks.push(buf);
  }
  if (size > MAX_EXPORT_BYTES) {
    throw new ApiError(
      'REQUEST.TOO_LARGE',
      `Tệp quá lớn; tối đa ${MAX_EXPORT_BYTES / 1024 / 1024} MB.`,
      `The file is too large; at most ${MAX_EXPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  return Buffer.concat(chunks);
}

function unreadable(field: string, vi: string, en: string): RequestValidationError {
  return new RequestValidationError([
    { field, in: field === 'format' ? 'query' : 'body', rule: 'format', message: vi, message_en: en },
  ]);
}

/**
 * Kiểm tra tệp xuất: the auditors' export verifier as a service of the API, for people who do not run
 * scripts. The same checks as `scripts/verify-export.ts` (signature, hash chain, fold, format), with the
 * system's own keys (current and retired) as the trusted ones, answered in Vietnamese.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/export-checks')
@RequirePermission('audit.read')
export class ExportCheckController {
  constructor(@Inject(AUDIT_TRUSTED_KEYS) private readonly trustedKeys: string[]) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kiểm tra tệp xuất — verify an uploaded signed export (nomination JSON or CSV, campaign JSON Lines)',
    description:
      'The file is the request body (application/octet-stream). A CSV export sends its signature sidecar ' +
      '(`{ algorithm, signature, publicKey, keyId }`, from the export’s X-Vinhdanh-* headers) base64-encoded in ' +
      '`X-Export-Signature`. Checks the signature against the system’s keys, the hash chain and the fold; ' +
      'nothing is stored.',
  })
  @ApiConsumes('application/octet-stream')
  @ApiQuery({ name: 'format', required: true, enum: ['json', 'csv', 'jsonl'] })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          ok: true,
          format: 'json',
          checks: [
            {
              check: 'signature',
              ok: true,
              name: 'Chữ ký số',
              detail: FINDINGS.signature.ok,
              detailEn: 'Ed25519 signature valid (key 3f2a…)',
            },
          ],
        },
      },
    },
  })
  async check(@Req() req: HttpRequest): Promise<ExportCheckResponse> {
    const query = ExportCheckQuery.safeParse(req.query);
    if (!query.success) {
      throw unreadable('format', 'format phải là json, csv hoặc jsonl.', 'format must be json, csv or jsonl.');
    }
    const { format } = query.data;
    const sidecarHeader = req.headers['x-export-signature'];
    const bytes = await readBody(req);
    if (bytes.length === 0) throw unreadable('file', 'Chưa có tệp nào được gửi lên.', 'No file was uploaded.');
    const sidecar = format === 'csv' ? this.sidecarOf(sidecarHeader) : null;
    const verdictWith = (trusted: string): ExportVerdict => {
      if (sidecar) return this.verifyCsv(bytes, sidecar, trusted);
      if (format === 'jsonl') return verifyCampaignExport(bytes, trusted);
      return verifyNominationExport(
        JSON.parse(bytes.toString('utf8')) as SignedEnvelope<NominationExportPayload>,
        trusted,
      );
    };
    let verdict: ExportVerdict;
    try {
      // Signed by the current key or a retired one: the first trusted key the file names wins.
      const verdicts = this.trustedKeys.map(verdictWith);
      verdict = verdicts.find((v) => v.checks.some((c) => c.check === 'key' && c.ok)) ?? (verdicts[0] as ExportVerdict);
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw unreadable(
        'file',
        'Không đọc được tệp: đây không phải tệp xuất của hệ thống (hoặc chọn sai loại tệp).',
        `The file cannot be read as a ${format} export: ${(err as Error).message}`,
      );
    }
    return {
      ok: verdict.ok,
      format,
      checks: verdict.checks.map((c) => ({
        check: c.check,
        ok: c.ok,
        name: CHECK_NAMES[c.check],
        detail: c.ok ? FINDINGS[c.check].ok : FINDINGS[c.check].failed,
        detailEn: c.detail,
      })),
    };
  }

  private sidecarOf(header: string | string[] | undefined): z.infer<typeof CsvSidecar> {
    const encoded = Array.isArray(header) ? header[0] : header;
    if (!encoded) {
      throw unreadable(
        'signature',
        'Tệp CSV cần kèm tệp chữ ký (.sig.json) tải về cùng lúc xuất.',
        'A CSV export needs its signature sidecar (.sig.json).',
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    } catch {
      parsed = null;
    }
    const sidecar = CsvSidecar.safeParse(parsed);
    if (!sidecar.success) {
      throw unreadable('signature', 'Tệp chữ ký không đúng dạng.', 'The signature sidecar is malformed.');
    }
    return sidecar.data;
  }

  private verifyCsv(bytes: Buffer, sidecar: z.infer<typeof CsvSidecar>, trusted: string): ExportVerdict {
    const checks = checkSignature(bytes, sidecar, trusted);
    checks.push(checkExportedChain(eventsFromCsv(bytes.toString('utf8'))));
    return { ok: checks.every((c) => c.ok), checks };
  }
}
