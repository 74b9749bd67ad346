/**
 * Task queue the nomination workflows and their activities run on.
 * Wire API: renaming it strands every running workflow, so never change it casually.
 */
export const NOMINATIONS_TASK_QUEUE = 'vinhdanh-nominations';
