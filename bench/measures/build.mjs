// What a build costs as the archive grows: `next build` in a temporary copy with N articles.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SLUG, timedBuild } from '../lib.mjs';
import { copyProject } from '../../scripts/support/project-copy.mjs';

/** A copy of the project with `count` articles: the interview and copies of it, retitled. */
function projectWith(count) {
  const source = fs.readFileSync(path.join(ROOT, 'content', `${SLUG}.md`), 'utf8');
  const articles = {};
  for (let i = 0; i < count; i++) {
    const slug = i === 0 ? SLUG : `${SLUG}-${i}`;
    articles[`${slug}.md`] =
      i === 0 ? source : source.replace(/^title: (.*)$/m, `title: $1（${i}）`);
  }
  return copyProject(`bench-${count}`, { articles });
}

/** Whether a route handler's kept response (`.body`) is an HTML page (the article's). */
function isHtmlBody(file) {
  if (!file.endsWith('.body')) return false;
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(15);
  fs.readSync(fd, head, 0, 15, 0);
  fs.closeSync(fd);
  return head.toString('latin1').toUpperCase() === '<!DOCTYPE HTML>';
}

/** What a build wrote for its pages: files and bytes under .next/server/app, and how many are cards. */
function outputOf(dir) {
  let bytes = 0;
  let cards = 0;
  let pages = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        bytes += fs.statSync(file).size;
        if (entry.name.endsWith('.png.body')) cards += 1;
        if (entry.name.endsWith('.html') || isHtmlBody(file)) pages += 1;
      }
    }
  };
  walk(path.join(dir, '.next', 'server', 'app'));
  return { bytes, cards, pages };
}

/** For each count, a build of a copy with that many articles: time, peak memory, output. */
export async function measureBuildCost(counts) {
  const rows = [];
  for (const count of counts) {
    const dir = projectWith(count);
    try {
      rows.push({ count, ...(await timedBuild(dir)), ...outputOf(dir) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
