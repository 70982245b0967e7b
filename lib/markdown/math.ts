import type { Element } from 'hast';

/**
 * Whether an element is a formula typeset by KaTeX (rehype-katex wraps each one, inline or display,
 * in an element of class `katex`). A post without one loads none of KaTeX's stylesheet and fonts.
 */
export function isFormula(node: Element): boolean {
  const { className } = node.properties;
  return Array.isArray(className) && className.includes('katex');
}
