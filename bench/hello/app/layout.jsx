// Baseline app for `npm run bench`: the same Next version, nothing of ours.
export default function RootLayout({ children }) {
  return (
    <html lang="zh-Hans">
      <body>{children}</body>
    </html>
  );
}
