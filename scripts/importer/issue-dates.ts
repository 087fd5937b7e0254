/**
 * The day each imported magazine issue came out: an editor's fact, since a scrape rarely
 * carries one. Articles need a `date:`; the importer takes it from here by publication and
 * issue, and fails for an issue this table does not know rather than guess.
 */
export type IssueDate = {
  publication: string;
  issue: string;
  /** YYYY-MM-DD */
  date: string;
  /** Where the day comes from, and how sure it is. */
  source: string;
};

export const ISSUE_DATES: readonly IssueDate[] = [
  {
    publication: '中国经济周刊',
    issue: '2024年第6期',
    date: '2024-03-30',
    source:
      'The scrape gives only the issue number. 中国经济周刊 is published twice a month, its ' +
      'issues dated the 15th and the 30th; the 6th issue of 2024 is the second of March. The ' +
      'text itself fits: it answers the government work report of 5 March 2024 (今年的政府工作报告). ' +
      'This is the cover date the schedule gives, not read off a cover: an editor with the ' +
      'printed issue should confirm it.',
  },
];

/** The issue's date, or an error naming what to add. */
export function issueDate(publication: string, issue: string): string {
  const known = ISSUE_DATES.find((d) => d.publication === publication && d.issue === issue);
  if (!known) {
    throw new Error(
      `no date known for 《${publication}》${issue}: add it to scripts/importer/issue-dates.ts`,
    );
  }
  return known.date;
}
