import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { SeriesPage } from '@/components/series-page';
import { resolveSeries, seriesMetadata, seriesParams } from '@/lib/series-pages';

interface Props {
  params: Promise<{ series: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = seriesParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = resolveSeries((await params).series);
  return series ? seriesMetadata(series) : {};
}

export default async function SeriesRoute({ params }: Props) {
  const series = resolveSeries((await params).series);
  if (!series) notFound();
  return <SeriesPage series={series} />;
}
