import { site } from '../site';
import type { PublicationRule } from './publication';

/** This build's publication rule: the site's `future` setting and one instant for every post. */
export const sitePublication: PublicationRule = { future: site.future, now: new Date() };
