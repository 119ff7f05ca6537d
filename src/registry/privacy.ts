/**
 * What may be published, by allow-list: the public objects are built field by
 * field from the record, so a column the schema does not name has no way out.
 * A household business is a person: its street, phone and email are published
 * only when the export marks contacts public, and its map position is rounded to
 * about a kilometre so the pin does not point at someone's home.
 */
import { roundForPrivacy } from '../domain/position-precision.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import type { IdentifiedRecord, RegistryRecord } from './record.ts';

export function mayPublishContact(record: RegistryRecord): boolean {
  return record.producerType !== 'household' || record.publicContact;
}

function publicAddress(record: RegistryRecord): Product['address'] {
  const { provinceCode, communeCode, asWritten, street } = record.address;
  return {
    provinceCode,
    ...(communeCode ? { communeCode } : {}),
    ...(asWritten ? { asWritten } : {}),
    ...(street && mayPublishContact(record) ? { street } : {}),
  };
}

function publicLocation(record: RegistryRecord): Product['location'] | undefined {
  if (!record.location) return undefined;
  return mayPublishContact(record) ? record.location : roundForPrivacy(record.location);
}

/** The public product, keys in schema order so the JSON is stable. */
export function toPublicProduct(record: IdentifiedRecord, image: string | undefined): Product {
  const location = publicLocation(record);
  return {
    id: record.id,
    ...(record.code ? { code: record.code } : {}),
    name: record.name,
    ...(record.nameEn ? { nameEn: record.nameEn } : {}),
    producerId: record.producerId,
    category: record.category,
    certificate: record.certificate,
    address: publicAddress(record),
    ...(location ? { location } : {}),
    ...(record.description ? { description: record.description } : {}),
    ...(record.descriptionEn ? { descriptionEn: record.descriptionEn } : {}),
    ...(image ? { image } : {}),
    ...(record.website ? { website: record.website } : {}),
    ecommerce: record.ecommerce,
    ...(record.traceabilityUrl ? { traceabilityUrl: record.traceabilityUrl } : {}),
    standards: record.standards,
    sourceRow: record.row,
  };
}

/** The public producer, from the first row (in export order) that names it. */
export function toPublicProducer(record: IdentifiedRecord, website: string | undefined): Producer {
  const location = publicLocation(record);
  const contactAllowed = mayPublishContact(record);
  const contact =
    contactAllowed && (record.phone || record.email)
      ? { ...(record.phone ? { phone: record.phone } : {}), ...(record.email ? { email: record.email } : {}) }
      : undefined;
  return {
    id: record.producerId,
    name: record.producerName,
    type: record.producerType,
    address: publicAddress(record),
    ...(location ? { location } : {}),
    ...(contact ? { contact } : {}),
    ...(website ? { website } : {}),
  };
}
