/** One problem with a campaign's window or cut-offs, naming the field (`cutoffs.4`). */
export interface CampaignProblem {
  path: string[];
  message: string;
  /** The same problem in Vietnamese, for the field message people read. */
  messageVi: string;
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
    out.push({
      path: ['closesOn'],
      message: `closesOn (${c.closesOn}) is before opensOn (${c.opensOn})`,
      messageVi: `Ngày kết thúc (${c.closesOn}) trước ngày bắt đầu (${c.opensOn}).`,
    });
  if (new Set(c.awardCodes).size !== c.awardCodes.length)
    out.push({
      path: ['awardCodes'],
      message: 'awardCodes lists an award twice',
      messageVi: 'Danh sách hình thức khen thưởng có một hình thức lặp lại.',
    });
  const levels = Object.keys(c.cutoffs).sort();
  for (const level of levels) {
    const date = c.cutoffs[level] ?? '';
    if (date < c.opensOn)
      out.push({
        path: ['cutoffs', level],
        message: `cut-off for level ${level} (${date}) is before opensOn (${c.opensOn})`,
        messageVi: `Hạn chót cấp ${level} (${date}) trước ngày bắt đầu (${c.opensOn}).`,
      });
  }
  // A higher level decides after the one below it sends: cut-offs must not go backwards up the route.
  for (let i = 1; i < levels.length; i++) {
    const [lo, hi] = [levels[i - 1] ?? '', levels[i] ?? ''];
    if ((c.cutoffs[hi] ?? '') < (c.cutoffs[lo] ?? '')) {
      out.push({
        path: ['cutoffs', hi],
        message: `cut-off for level ${hi} is before the cut-off for level ${lo}`,
        messageVi: `Hạn chót cấp ${hi} trước hạn chót cấp ${lo}.`,
      });
    }
  }
  return out;
}
