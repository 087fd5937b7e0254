import { describe, expect, it } from 'vitest';
import { perProcess } from '@/lib/memo/per-process';

describe('perProcess', () => {
  it('makes a value once and gives every caller the same one', () => {
    let made = 0;
    const make = () => ({ made: ++made });
    const first = perProcess('test/once', make);
    expect(perProcess('test/once', make)).toBe(first);
    expect(made).toBe(1);
    expect(perProcess('test/other', make)).not.toBe(first);
  });

  it('shares values between two copies of the module, as between two of Next’s route bundles', async () => {
    // A query makes Vite evaluate the file again: a second copy with its own module scope.
    const url = '@/lib/memo/per-process?copy';
    const copy: typeof import('@/lib/memo/per-process') = await import(/* @vite-ignore */ url);
    expect(copy.perProcess).not.toBe(perProcess);
    const table = perProcess('test/shared', () => new Map([['a', 1]]));
    expect(copy.perProcess('test/shared', () => new Map())).toBe(table);
  });

  it('keeps a value that is undefined, not making it again', () => {
    let made = 0;
    perProcess('test/undefined', () => void made++);
    perProcess('test/undefined', () => void made++);
    expect(made).toBe(1);
  });
});
