/**
 * The record of one export row as the import steps pass it on: what parse-row.ts
 * reads from a row, and the ids identity.ts gives it. Its own module because
 * parsing, the personal-data screen, identity and the public fields (privacy.ts)
 * all name it, and none of them should need another to do so.
 */
import type { Certificate } from '../schemas/certificate.ts';
import type { Location } from '../schemas/common.ts';
import type { ProducerType } from '../schemas/producer.ts';
import type { QualityStandard } from '../schemas/product.ts';

export interface RegistryRecord {
  row: number;
  code?: string;
  name: string;
  /** The name in English, when the export gives one (Tên tiếng Anh). */
  nameEn?: string;
  producerName: string;
  producerType: ProducerType;
  certificate: Certificate;
  /** Key of the most specific level of the taxonomy known: a set, a group or a sector (`category` of the product schema). */
  category: string;
  address: { provinceCode: string; communeCode?: string; asWritten: string; street?: string };
  location?: Location;
  description?: string;
  descriptionEn?: string;
  /** The Ảnh cell: an http(s) URL or a file name looked up beside the export. */
  image?: string;
  website?: string;
  ecommerce: Array<{ label: string; url: string }>;
  traceabilityUrl?: string;
  standards: QualityStandard[];
  phone?: string;
  email?: string;
  /** The export says contact details may be published (Công khai liên hệ). */
  publicContact: boolean;
}

export interface IdentifiedRecord extends RegistryRecord {
  id: string;
  producerId: string;
}
