import { bundleReader } from '../../scripts/support/reader.mjs';
import { compileStyles } from '../../scripts/support/styles.mjs';

/** Vitest's global setup: the styles and the reader's code compiled, as a build compiles them. */
export default function setup(): void {
  compileStyles();
  bundleReader();
}
