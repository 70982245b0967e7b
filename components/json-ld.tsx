import { serializeJsonLd, type JsonLdObject } from '@/lib/json-ld';

/** Structured data for search engines: one `<script type="application/ld+json">` per object. */
export function JsonLd({ data }: { data: JsonLdObject | readonly JsonLdObject[] }) {
  const objects: readonly JsonLdObject[] = Array.isArray(data) ? data : [data];
  return objects.map((object, i) => (
    <script
      key={i}
      type="application/ld+json"
      // Escaped by serializeJsonLd: no text in it can end the script.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(object) }}
    />
  ));
}
