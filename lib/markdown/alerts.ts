import { defaultBuild, type IOptions } from 'rehype-github-alerts';

import { t } from '../messages';

const titles: Record<string, string> = {
  NOTE: t.alertNote,
  TIP: t.alertTip,
  IMPORTANT: t.alertImportant,
  WARNING: t.alertWarning,
  CAUTION: t.alertCaution,
};

/** GitHub alerts (`> [!NOTE]`, ...) titled in the site's language, with the plugin's icons. */
export const alertOptions: IOptions = {
  build: (alert, children) => {
    const element = defaultBuild({ ...alert, title: titles[alert.keyword] ?? alert.title }, children);
    // A note is what assistive technology should call it: content set apart from the text.
    if (element?.type === 'element') element.properties.role = 'note';
    return element;
  },
};
