import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rooms of src/lib and the way imports run between them (src/lib/README.md). A module that
 * imports against the flow, or a module left at the top of src/lib, fails here.
 */
const LIB = path.resolve(__dirname, '../../src/lib');
const ALLOWED: Record<string, readonly string[]> = {
  memo: [],
  text: ['memo'],
  speech: ['text', 'memo'],
  content: ['text', 'speech', 'memo'],
  web: ['content', 'text', 'memo'],
  archive: ['content', 'text', 'web', 'memo'],
};

type Edge = { file: string; spec: string; room: string };

/** The room a module specifier points into, from a file in `fromDir`; undefined outside src/lib. */
function roomOf(spec: string, fromDir: string): string | undefined {
  let target: string;
  if (spec.startsWith('@/')) target = path.resolve(LIB, '..', spec.slice(2));
  else if (spec.startsWith('.')) target = path.resolve(fromDir, spec);
  else return undefined;
  const rel = path.relative(LIB, target);
  if (rel.startsWith('..')) return `outside:${path.relative(path.resolve(LIB, '..'), target)}`;
  return rel.split(path.sep)[0];
}

function importsOf(room: string): Edge[] {
  const edges: Edge[] = [];
  const dir = path.join(LIB, room);
  for (const name of fs.readdirSync(dir)) {
    if (!/\.tsx?$/.test(name)) continue;
    const file = path.join(dir, name);
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1] as string;
      const target = roomOf(spec, dir);
      if (target !== undefined) edges.push({ file: `${room}/${name}`, spec, room: target });
    }
  }
  return edges;
}

const rooms = fs
  .readdirSync(LIB, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the rooms of src/lib', () => {
  it('holds every module in a room, none at the top', () => {
    const loose = fs.readdirSync(LIB).filter((name) => /\.tsx?$/.test(name));
    expect(loose).toEqual([]);
  });

  it('has only the rooms the README names, each with a README', () => {
    for (const room of rooms) {
      expect(Object.keys(ALLOWED), room).toContain(room);
      expect(fs.existsSync(path.join(LIB, room, 'README.md')), `${room}/README.md`).toBe(true);
    }
  });

  it.each(rooms)('lets %s import only the rooms below it', (room) => {
    const wrong = importsOf(room)
      .filter((edge) => edge.room !== room && !ALLOWED[room]?.includes(edge.room))
      .map((edge) => `${edge.file} imports ${edge.spec}`);
    expect(wrong).toEqual([]);
  });

  it('sees an import against the flow (the check itself works)', () => {
    expect(roomOf('../content/articles', path.join(LIB, 'text'))).toBe('content');
    expect(roomOf('@/components/html', path.join(LIB, 'web'))).toBe('outside:components/html');
    expect(roomOf('./names', path.join(LIB, 'text'))).toBe('text');
    expect(roomOf('opencc-js', path.join(LIB, 'text'))).toBeUndefined();
  });
});
