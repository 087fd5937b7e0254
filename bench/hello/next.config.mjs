// Defaults, so the baseline is what Next gives anyone; X-Powered-By off like the site.
const config = { poweredByHeader: false };
export default config;
