import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

import { t } from '../messages';

/**
 * GFM task lists render bare, disabled checkboxes; a screen reader hears "checkbox" with no name.
 * Each one is named by its state (완료 / 할 일) so the list reads as it looks.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return;
      node.properties.ariaLabel = node.properties.checked ? t.taskDone : t.taskTodo;
    });
  };
}
