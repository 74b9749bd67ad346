/** One problem with a campaign's window or cut-offs, naming the field (`cutoffs.4`). */
export interface CampaignProblem {
  path: string[];
  message: string;
}

/** Checks the window and cut-offs of a campaign (whole, or merged with the stored one). */
export function campaignProblems(c: {
  opensOn: string;
  closesOn: string;
  cutoffs: Partial<Record<string, string>>;
  awardCodes: readonly string[];
}): CampaignProblem[] {
  const out: CampaignProblem[] = [];
  if (c.closesOn < c.opensOn)
    out.push({ path: ['closesOn'], message: `closesOn (${c.closesOn}) is before opensOn (${c.opensOn})` });
  if (new Set(c.awardCodes).size !== c.awardCodes.length)
    out.push({ path: ['awardCodes'], message: 'awardCodes lists an award twice' });
  const levels = Object.keys(c.cutoffs).sort();
  for (const level of levels) {
    const date = c.cutoffs[level] ?? '';
    if (date < c.opensOn)
      out.push({
        path: ['cutoffs', level],
        message: `cut-off for level ${level} (${date}) is before opensOn (${c.opensOn})`,
      });
  }
  // A higher level decides after the one below it sends: cut-offs must not go backwards up the route.
  for (let i = 1; i < levels.length; i++) {
    const [lo, hi] = [levels[i - 1] ?? '', levels[i] ?? ''];
    if ((c.cutoffs[hi] ?? '') < (c.cutoffs[lo] ?? '')) {
      out.push({ path: ['cutoffs', hi], message: `cut-off for level ${hi} is before the cut-off for level ${lo}` });
    }
  }
  return out;
}
