import type { Metadata } from 'next';

import { SeriesIndex } from '@/components/series-index';
import { postIndex } from '@/lib/posts';
import { seriesIndexMetadata } from '@/lib/series-pages';

export const metadata: Metadata = seriesIndexMetadata();

export default function SeriesIndexPage() {
  return <SeriesIndex series={postIndex.series} />;
}
