import { feedResponse } from '@/lib/feeds';
import { t } from '@/lib/messages';
import { byDateDescending } from '@/lib/post-index';
import { resolveSeries, seriesParams } from '@/lib/series-pages';
import { seriesFeedUrl, seriesUrl } from '@/lib/urls';

interface Context {
  params: Promise<{ series: string }>;
}

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = seriesParams;

export async function GET(_request: Request, { params }: Context) {
  const series = resolveSeries((await params).series);
  if (!series) return new Response('404 Not Found\n', { status: 404 });
  // Newest first, as every feed lists its posts, whatever the reading order.
  const posts = series.parts.toSorted(byDateDescending);
  return feedResponse('rss', {
    title: t.seriesTitle(series.name),
    url: seriesUrl(series),
    feedUrl: seriesFeedUrl(series),
    posts,
  });
}
