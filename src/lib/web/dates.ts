/**
 * A day as Chinese readers write it, in every script: `2024-03-30` → `2024年3月30日`.
 * The day is kept as written (no time zone), as the article's front matter gives it.
 */
export function dayText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
