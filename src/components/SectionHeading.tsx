import type { SectionView } from '@/lib/articles';

type Props = { section: SectionView; linkLabel: string; copyLabel: string };

/**
 * A section heading with a link to itself (shown on hover and focus) and a copy-link button
 * (hidden until scripts run, as it needs them; its icon is drawn by CSS). Empty elements carry the section's alias ids,
 * so a hash written with the heading's text in either script lands here too.
 */
export function SectionHeading({ section, linkLabel, copyLabel }: Props) {
  return (
    <div className="heading-row">
      {section.aliases.map((alias) => (
        <span key={alias} id={alias} className="alias" />
      ))}
      <h2 id={section.id}>{section.heading}</h2>
      <a className="self-link" href={`#${section.id}`} aria-label={linkLabel} />
      <button
        type="button"
        data-copy="link"
        data-target={section.id}
        aria-label={copyLabel}
        title={copyLabel}
        hidden
      />
    </div>
  );
}
