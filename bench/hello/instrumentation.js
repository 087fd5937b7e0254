// An empty hook of its own: without it, Turbopack picks up the site's src/instrumentation.ts
// (the project two levels up), which the baseline must not run.
export function register() {}
