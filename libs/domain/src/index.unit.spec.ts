import * as domain from './index';

describe('@vinhdanh/domain barrel', () => {
  it('exports the issue-4 API the workflow, activities and API build on', () => {
    const names = [
      'WorkingCalendar',
      'vietnamHolidays2025to2027',
      'stepsFor',
      'computeProcedureRoute',
      'evaluateVote',
      'checkEligibility',
      'quotaLimit',
      'quotaBucketsFor',
      'assertWithinQuota',
      'QuotaError',
      'RecordIntake',
      'RecordTaskTimer',
      'NominationVoteFailed',
      'NominationAutoReturned',
    ] as const;
    for (const name of names) expect(domain[name]).toBeDefined();
  });
});
