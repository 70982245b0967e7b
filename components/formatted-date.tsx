import { formatDate } from '@/lib/dates';
import { site } from '@/lib/site';

/** A date as readers of the site's locale write it, in the site's time zone. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date, site.locale, site.timeZone)}</time>;
}
