import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflowsOnce } from '@vinhdanh/testing';

// Histories recorded from real runs (`npm run record:histories`) must replay against the current
// workflow code: a change that would break running nominations fails here, before deploy.
const dir = join(__dirname, '__replay__');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string) =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as { events: Record<string, unknown>[] };

describe('recorded nomination histories replay against the current workflow code', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowsOnce();
  });

  it('has recorded histories to replay', () => {
    expect(files).toEqual(expect.arrayContaining(['nomination-climb.json']));
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    await expect(Worker.runReplayHistory({ workflowBundle }, load(file), file)).resolves.toBeUndefined();
  });

  it('detects a history the code would not produce (the check can fail)', async () => {
    const history = load('nomination-climb.json');
    // Drop the first local-activity marker: the code will ask for an append the history lacks.
    const marker = history.events.findIndex((e) => e.markerRecordedEventAttributes);
    history.events.splice(marker, 1);
    await expect(Worker.runReplayHistory({ workflowBundle }, history, 'tampered')).rejects.toMatchObject({
      name: expect.stringMatching(/DeterminismViolation|ReplayError/),
    });
  });
});
