import {
  decideRuleSetVersion,
  foldRuleSetVersion,
  initialRuleSetVersionState,
  validateRuleSetDraft,
} from './rule-set-version.decider';
import { RuleSetVersionEvent } from './rule-set-version.events';
import type { RuleSetVersionCommand } from './rule-set-version.commands';
import { ruleSet2024 } from './rule-set-2024';
import { awardRuleOf } from './rule-set';
import type { RuleSetDraftBody } from './rule-set-version.events';

const actor = { userId: 'u-sysadmin', name: 'Lê Minh Tuấn' };
const now = '2026-06-01T02:00:00.000Z';
const version = '2026.HN-1';

// A province's local title (seed 004: "Công nhân giỏi Thủ đô" of LĐLĐ TP Hà Nội); its award rule
// is data only — no code knows the code CNG_THU_DO.
const localTitle = {
  ...awardRuleOf(ruleSet2024, 'BK_TINH'),
  code: 'CNG_THU_DO',
  nameVi: 'Danh hiệu "Công nhân giỏi Thủ đô"',
  nameEn: '"Capital good worker" title',
  nomineeKinds: ['person'],
  exclusivity: undefined,
  source: 'Seed 004 (LĐLĐ TP Hà Nội, danh hiệu Công nhân giỏi Thủ đô)',
};
const body = (): RuleSetDraftBody =>
  JSON.parse(
    JSON.stringify({ ...ruleSet2024, version, effectiveTo: null, awards: [...ruleSet2024.awards, localTitle] }),
  );

const run = (commands: RuleSetVersionCommand[]) => {
  const events: RuleSetVersionEvent[] = [];
  for (const command of commands) {
    const produced = decideRuleSetVersion(command, foldRuleSetVersion(events));
    events.push(...produced.map((e) => RuleSetVersionEvent.parse(e)));
  }
  return { events, state: foldRuleSetVersion(events) };
};
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: (e as { code: string }).code, details: (e as { details: unknown }).details };
  }
  return undefined;
};

describe('rule-set version aggregate', () => {
  const draft: RuleSetVersionCommand = { type: 'DraftRuleSetVersion', version, actor, now, body: body() };
  const publish: RuleSetVersionCommand = { type: 'PublishRuleSetVersion', version, actor, now };

  it('drafts, publishes and folds to the published rule set with a local title the code does not know', () => {
    const { events, state } = run([draft, publish]);
    expect(events.map((e) => e.type)).toEqual(['RuleSetVersionDrafted', 'RuleSetVersionPublished']);
    expect(state.status).toBe('published');
    if (state.status !== 'published') throw new Error('unreachable');
    expect(awardRuleOf(state.ruleSet, 'CNG_THU_DO').nameVi).toBe('Danh hiệu "Công nhân giỏi Thủ đô"');
    expect(state.publishedBy).toEqual(actor);
  });

  it('keeps an invalid draft, but refuses to publish it, naming every issue by its path', () => {
    const broken = body();
    const awards = broken.awards as Array<Record<string, unknown>>;
    awards[0] = { ...awards[0], grantingLevel: 7 };
    awards[3] = { ...awards[3], code: 'bk dx' };
    delete broken.deadlines;
    const { state } = run([{ ...draft, body: broken }]);
    expect(state.status).toBe('draft');
    const refusal = code(() => decideRuleSetVersion(publish, state));
    expect(refusal?.code).toBe('RULE_SET.INVALID');
    const paths = (refusal?.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['awards[0].grantingLevel', 'awards[3].code', 'deadlines']);
  });

  it('refuses a body whose own version differs from the name it is published under', () => {
    const result = validateRuleSetDraft(version, { ...body(), version: '2024.2' });
    expect(result.valid).toBe(false);
    if (result.valid) throw new Error('unreachable');
    expect(result.issues.map((i) => i.path)).toEqual(['version']);
  });

  it('revises a draft; once published the version is final — revise and re-publish are refused', () => {
    const revised = { ...body(), title: 'Bộ quy định của Hà Nội' };
    const { state } = run([draft, { type: 'ReviseRuleSetDraft', version, actor, now, body: revised }, publish]);
    if (state.status !== 'published') throw new Error('expected published');
    expect(state.ruleSet.title).toBe('Bộ quy định của Hà Nội');
    expect(
      code(() => decideRuleSetVersion({ type: 'ReviseRuleSetDraft', version, actor, now, body: body() }, state)),
    ).toMatchObject({ code: 'RULE_SET.IMMUTABLE' });
    expect(code(() => decideRuleSetVersion(publish, state))).toMatchObject({ code: 'RULE_SET.IMMUTABLE' });
  });

  it('refuses a second draft under a taken name, and a revision or publication of a version never drafted', () => {
    const { state } = run([draft]);
    expect(code(() => decideRuleSetVersion(draft, state))).toMatchObject({ code: 'RULE_SET.ALREADY_EXISTS' });
    expect(code(() => decideRuleSetVersion(publish, initialRuleSetVersionState))).toMatchObject({
      code: 'RULE_SET.NOT_FOUND',
    });
  });
});
