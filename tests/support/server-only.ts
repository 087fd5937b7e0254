// Stands in for Next's 'server-only' guard when tests import server modules directly.
export {};
