import type { SectionView } from '@/lib/articles';

type Props = { sections: SectionView[]; title: string };

/** Links to every section. Scripts mark the one being read (`aria-current`); links work without them. */
export function TableOfContents({ sections, title }: Props) {
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-label={title}>
      <p className="toc-title" aria-hidden="true">
        {title}
      </p>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
