import * as domain from './index';

describe('@vinhdanh/domain barrel', () => {
  it('exports the procedure, deadline and quota API the workflow, activities and API build on', () => {
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
