// What every page runs: a few kilobytes, no framework. The palette's code loads when it is opened.
import { addCopyCodeButtons } from './copy-code-buttons';
import { listenForPalette } from './palette-opener';

listenForPalette();
addCopyCodeButtons();
