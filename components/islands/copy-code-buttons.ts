import { t } from '@/lib/messages';

// A copied line that is empty in the source holds one space (rehype-pretty-code keeps empty grid rows tall).
const codeText = (figure: Element) => (figure.querySelector('pre code')?.textContent ?? '').replace(/^ $/gm, '');

/**
 * Gives each highlighted code block of a post a copy button. Without JavaScript the blocks are
 * still there to select, just with no button.
 */
export function addCopyCodeButtons(): void {
  for (const figure of document.querySelectorAll('article figure[data-rehype-pretty-code-figure]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code-button';
    button.textContent = t.copyCode;
    button.setAttribute('aria-live', 'polite');
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(codeText(figure)).then(
        () => (button.textContent = t.codeCopied),
        () => (button.textContent = t.copyFailed),
      );
      clearTimeout(reset);
      reset = setTimeout(() => (button.textContent = t.copyCode), 2000);
    });
    figure.append(button);
  }
}
