/**
 * Whether rendered post HTML holds formulas typeset by KaTeX (rehype-katex wraps each one, inline
 * or display, in an element of class `katex`). A post without them loads none of KaTeX's
 * stylesheet and fonts.
 */
export function hasMath(html: string): boolean {
  return /<[a-z]+ class="katex[ "]/.test(html);
}
