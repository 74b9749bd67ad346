import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@vinhdanh/seed';

/** An answer of the API as it came: status and parsed JSON body (undefined when empty). */
export interface DemoApiAnswer {
  status: number;
  // The demo scripts read the answers loosely, as a person reading the API document would.
  body: any;
}

/**
 * The demo scripts' HTTP client for the running API: logs each demo user in once (demo password)
 * and sends JSON with their bearer token. One copy for every demo-* script (award round, round
 * batches, blocs), which each had their own.
 */
export class DemoApiClient {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly apiUrl: string) {}

  /** Sends a request as the demo user `as`; the answer whatever its status. No key: no Idempotency-Key header. */
  async request(method: string, path: string, as: string, body?: unknown, key?: string): Promise<DemoApiAnswer> {
    const token = await this.tokenOf(as);
    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Sends a request with an Idempotency-Key (a fresh one by default); throws on any answer but 2xx. */
  async call(method: string, path: string, as: string, body?: unknown, key: string = randomUUID()): Promise<any> {
    const answer = await this.request(method, path, as, body, key);
    if (answer.status < 200 || answer.status >= 300) {
      throw new Error(`${method} ${path} as ${as}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
    }
    return answer.body;
  }

  private async tokenOf(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const login = await fetch(`${this.apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`login as ${username}: ${login.status} ${(await login.text()).slice(0, 200)}`);
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    this.tokens.set(username, token);
    return token;
  }
}

/** `yyyy-mm-dd` in Vietnam (UTC+7), `days` after `now`. */
const vietnamDay = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The body of `POST /api/nominations/:id/paper-disclosure` for a demo nomination: the list was posted
 * on the unit's notice board from 30 to 10 days ago (well over five working days, whatever the
 * holidays), and nobody objected. The demo's offices held their disclosure on paper before entering
 * the dossiers, so the rounds climb the day `npm start` runs (Law 06/2022 Art. 84(5)).
 */
export function demoPaperDisclosure(now: Date = new Date()) {
  return {
    place: 'Bảng tin và trang thông tin điện tử của đơn vị',
    postedOn: vietnamDay(now, -30),
    endedOn: vietnamDay(now, -10),
    objections: [],
  };
}
