/**
 * schema.org objects for each kind of page. Stars appear only through
 * `view.shown`, the same decision the visible page uses.
 */
import type { Lang } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import type { EventView, PointView, ProductView } from '../queries/catalogue.ts';
import type { Producer } from '../schemas/producer.ts';
import type { JsonLd } from './json-ld.ts';
import { currentAddress } from '../queries/addresses.ts';
import { province } from '../queries/provinces.ts';
import { siteUrl } from '../queries/site-url.ts';
import { productDescription, productName } from '../queries/in-language.ts';

function postalAddress(address: Producer['address'], lang: Lang): JsonLd {
  return { '@type': 'PostalAddress', streetAddress: currentAddress(address, lang), addressRegion: province(address.provinceCode).name, addressCountry: 'VN' };
}

function geo(location: { lat: number; lon: number } | undefined): JsonLd | undefined {
  return location ? { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon } : undefined;
}

export function productJsonLd(view: ProductView, lang: Lang, image?: string): JsonLd {
  const { product, producer } = view;
  const name = productName(product, lang);
  const description = productDescription(product, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: name.text,
    // The certified name stays findable beside an English one.
    ...(name.text !== product.name ? { alternateName: product.name } : {}),
    url: siteUrl(routes.product(lang, product.id)),
    ...(product.code ? { sku: product.code } : {}),
    ...(description ? { description: description.text } : {}),
    ...(image ? { image: siteUrl(image) } : {}),
    // The most specific level known: the set, or the group or sector while the set is not known.
    category: view.category.label[lang],
    ...(producer ? { manufacturer: { '@type': 'Organization', name: producer.name, url: siteUrl(routes.producer(lang, producer.id)) } } : {}),
    ...(view.shown ? { award: t(lang).starsLong(product.certificate.stars) } : {}),
  };
}

const producerTypes: Record<Producer['type'], string> = {
  cooperative: 'Organization',
  'cooperative-group': 'Organization',
  enterprise: 'Organization',
  household: 'LocalBusiness',
  farm: 'LocalBusiness',
  other: 'Organization',
};

export function producerJsonLd(producer: Producer, lang: Lang): JsonLd {
  const location = geo(producer.location);
  return {
    '@context': 'https://schema.org',
    '@type': producerTypes[producer.type],
    name: producer.name,
    url: siteUrl(routes.producer(lang, producer.id)),
    address: postalAddress(producer.address, lang),
    ...(producer.contact?.phone ? { telephone: producer.contact.phone } : {}),
    ...(producer.contact?.email ? { email: producer.contact.email } : {}),
    ...(producer.website ? { sameAs: producer.website } : {}),
    ...(location && producerTypes[producer.type] === 'LocalBusiness' ? { geo: location } : {}),
  };
}

export function eventJsonLd(event: EventView, lang: Lang): JsonLd {
  const e = event.data;
  const time = (date: string, hhmm: string | undefined) => (hhmm ? `${date}T${hhmm}:00+07:00` : date);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title[lang],
    description: e.summary[lang],
    url: siteUrl(routes.event(lang, event.id)),
    startDate: time(e.startDate, e.opens),
    endDate: time(e.endDate, e.closes),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: e.venue, address: postalAddress(e.address, lang), ...(geo(e.location) ? { geo: geo(e.location) } : {}) },
    ...(e.organiser ? { organizer: { '@type': 'Organization', name: e.organiser } } : {}),
  };
}

export function pointJsonLd(point: PointView, lang: Lang): JsonLd {
  const p = point.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name: p.name,
    url: siteUrl(routes.point(lang, point.id)),
    address: postalAddress(p.address, lang),
    ...(p.phone ? { telephone: p.phone } : {}),
    ...(geo(p.location) ? { geo: geo(p.location) } : {}),
    ...(p.openingHours ? { description: p.openingHours[lang] } : {}),
  };
}

export function websiteJsonLd(lang: Lang): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: t(lang).siteName,
    url: siteUrl(routes.home(lang)),
    potentialAction: { '@type': 'SearchAction', target: `${siteUrl(routes.search(lang))}?q={q}`, 'query-input': 'required name=q' },
  };
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

export function breadcrumbJsonLd(items: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.label, item: siteUrl(item.href) })),
  };
}
