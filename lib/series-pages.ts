import type { Metadata } from 'next';

import { t } from './messages';
import { decodeSegment } from './params';
import { postIndex, type Series } from './posts';
import { pageMetadata } from './seo';
import { seriesFeedUrl, seriesIndexUrl, seriesUrl } from './urls';

/** The series a raw route param (percent-encoded slug) names, or `undefined`. */
export function resolveSeries(param: string): Series | undefined {
  const slug = decodeSegment(param);
  return slug === undefined ? undefined : postIndex.getSeries(slug);
}

/** Route params for every series page, raw Unicode (Next encodes them itself). */
export const seriesParams = () => postIndex.series.map((series) => ({ series: series.slug }));

/** Metadata of the list of every series. */
export const seriesIndexMetadata = (): Metadata =>
  pageMetadata({ title: t.series, description: t.allSeriesDescription, path: seriesIndexUrl });

/** Metadata of a series' page, which advertises the series' feed. */
export function seriesMetadata(series: Series): Metadata {
  const title = t.seriesTitle(series.name);
  return pageMetadata({
    title,
    description: t.seriesDescription(series.name, series.parts.length),
    path: seriesUrl(series),
    feed: { title, url: seriesFeedUrl(series) },
  });
}
