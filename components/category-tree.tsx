import { t } from '@/lib/messages';
import type { CategoryNode } from '@/lib/posts';
import { categoryUrl } from '@/lib/urls';

/** The category tree as nested lists, each category with its post count. */
export function CategoryTree({ nodes }: { nodes: readonly CategoryNode[] }) {
  if (!nodes.length) return null;
  return (
    <ul className="flex flex-col gap-2 [&_&]:mt-2 [&_&]:ml-6 [&_&]:border-l [&_&]:border-zinc-200 [&_&]:pl-4 dark:[&_&]:border-zinc-800">
      {nodes.map((node) => (
        <li key={node.slug}>
          <a href={categoryUrl(node)} className="font-medium hover:underline">
            {node.name}
          </a>{' '}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">({t.postCount(node.count)})</span>
          <CategoryTree nodes={node.children} />
        </li>
      ))}
    </ul>
  );
}
