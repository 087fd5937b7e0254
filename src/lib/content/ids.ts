import { slug as slugOf } from 'github-slugger';

/**
 * The id of a person's page: their simplified name, slugged as section ids are, so that one
 * link works in every script (`刘庆峰`).
 */
export function personId(name: string): string {
  return slugOf(name);
}
