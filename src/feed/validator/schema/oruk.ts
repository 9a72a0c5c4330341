/**
 * Open Referral UK (HSDS 3.0 UK profile) records, field for field, snake_case, so a council's existing
 * records can be pasted in as they are: services and what they are made of (organisations, locations,
 * phones, schedules, contacts, costs, taxonomy). placekit's own sections (feed.ts) reuse these parts.
 */
import * as z from 'zod/mini';
import { whole } from './marks.js';
import { Age, Email, Id, IsoDate, IsoDateTime, Latitude, Link, Longitude, Name, PhoneNumber, Text, TimeOfDay } from './values.js';

const opt = z.optional;

export const TaxonomyTerm = z.object({
  id: opt(Id),
  name: opt(Text),
  term: opt(Text),
  code: opt(Text),
  description: opt(Text),
  parent_id: opt(Text),
  taxonomy: opt(Text),
  taxonomy_id: opt(Text),
  term_uri: opt(Text),
  language: opt(Text),
});

export const Attribute = z.object({
  id: opt(Id),
  link_id: opt(Text),
  link_type: opt(Text),
  link_entity: opt(Text),
  taxonomy_term_id: opt(Text),
  taxonomy_term: opt(TaxonomyTerm),
  value: opt(Text),
  label: opt(Text),
});

export const Language = z.object({
  id: opt(Id),
  name: opt(Text),
  code: opt(Text),
  note: opt(Text),
});

export const Phone = z.object({
  id: opt(Id),
  number: PhoneNumber,
  extension: opt(z.union([z.string(), z.number()])),
  /** HSDS phone types: text, voice, fax, cell, video, pager, textphone. */
  type: opt(Text),
  description: opt(Text),
  languages: opt(z.array(Language)),
});

export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const BYDAY = /^\s*([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(\s*,\s*([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*\s*$/i;

/** An HSDS schedule. Kept or dropped as a unit: half a schedule would show wrong opening times. */
export const Schedule = whole(
  z.object({
    id: opt(Id),
    valid_from: opt(IsoDate),
    valid_to: opt(IsoDate),
    dtstart: opt(IsoDate),
    until: opt(IsoDate),
    timezone: opt(z.union([z.string(), z.number()])),
    count: opt(z.number()),
    wkst: opt(Text),
    freq: opt(z.enum(['WEEKLY', 'MONTHLY'])),
    interval: opt(z.number().check(z.int(), z.gte(1))),
    byday: opt(z.string().check(z.regex(BYDAY, 'must be days such as MO,TU or, for monthly rules, 1MO,-1FR'))),
    bymonthday: opt(z.string().check(z.regex(/^\s*-?\d{1,2}(\s*,\s*-?\d{1,2})*\s*$/, 'must be days of the month such as 1,15'))),
    byweekno: opt(Text),
    byyearday: opt(Text),
    opens_at: opt(TimeOfDay),
    closes_at: opt(TimeOfDay),
    description: opt(Text),
    schedule_link: opt(Link),
    attending_type: opt(Text),
    notes: opt(Text),
  }),
);

export const Address = z.object({
  id: opt(Id),
  attention: opt(Text),
  address_1: opt(Text),
  address_2: opt(Text),
  city: opt(Text),
  region: opt(Text),
  state_province: opt(Text),
  postal_code: opt(Text),
  country: opt(Text),
  address_type: opt(Text),
});

export const Accessibility = z.object({
  id: opt(Id),
  description: opt(Text),
  details: opt(Text),
  url: opt(Link),
  accessibility: opt(Text),
});

export const Location = z.object({
  id: opt(Id),
  location_type: opt(Text),
  url: opt(Link),
  name: opt(Text),
  alternate_name: opt(Text),
  description: opt(Text),
  transportation: opt(Text),
  latitude: opt(Latitude),
  longitude: opt(Longitude),
  external_identifier: opt(Text),
  external_identifier_type: opt(Text),
  addresses: opt(z.array(Address)),
  phones: opt(z.array(Phone)),
  schedules: opt(z.array(Schedule)),
  accessibility: opt(z.array(Accessibility)),
  languages: opt(z.array(Language)),
  attributes: opt(z.array(Attribute)),
});

export const Organization = z.object({
  id: opt(Id),
  name: opt(Text),
  alternate_name: opt(Text),
  description: opt(Text),
  email: opt(Email),
  website: opt(Link),
  url: opt(Link),
  logo: opt(Link),
  uri: opt(Text),
  parent_organization_id: opt(Text),
  phones: opt(z.array(Phone)),
});

export const Contact = z.object({
  id: opt(Id),
  name: opt(Text),
  title: opt(Text),
  department: opt(Text),
  email: opt(Email),
  phones: opt(z.array(Phone)),
});

export const CostOption = z.object({
  id: opt(Id),
  valid_from: opt(IsoDate),
  valid_to: opt(IsoDate),
  option: opt(Text),
  currency: opt(Text),
  amount: opt(z.number().check(z.gte(0))),
  amount_description: opt(Text),
});

export const ServiceArea = z.object({
  id: opt(Id),
  name: opt(Text),
  description: opt(Text),
  extent: opt(Text),
  extent_type: opt(Text),
  uri: opt(Text),
  service_area: opt(Text),
});

export const ServiceAtLocation = z.object({
  id: opt(Id),
  location_id: opt(Text),
  description: opt(Text),
  location: opt(Location),
  schedules: opt(z.array(Schedule)),
  phones: opt(z.array(Phone)),
  contacts: opt(z.array(Contact)),
});

/**
 * placekit's own field on a service or opportunity: how many residents answered "Was this information
 * right?" with Yes, and the UK date of the latest (`placekit receive export --confirmations` counts them).
 */
export const Confirmations = z.object({ count: z.number().check(z.int(), z.gte(0)), last: opt(IsoDate) });

/** An Open Referral UK service record (`GET /services/{id}`), as a council publishes it. */
export const Service = z.object({
  id: Id,
  organization_id: opt(Text),
  name: Name,
  alternate_name: opt(Text),
  description: opt(Text),
  url: opt(Link),
  email: opt(Email),
  status: opt(z.enum(['active', 'inactive', 'defunct', 'temporarily closed'])),
  interpretation_services: opt(Text),
  application_process: opt(Text),
  fees: opt(Text),
  fees_description: opt(Text),
  accreditations: opt(Text),
  eligibility_description: opt(Text),
  minimum_age: opt(Age),
  maximum_age: opt(Age),
  assured_date: opt(IsoDate),
  assurer_email: opt(Text),
  alert: opt(Text),
  last_modified: opt(IsoDateTime),
  organization: opt(Organization),
  phones: opt(z.array(Phone)),
  schedules: opt(z.array(Schedule)),
  service_areas: opt(z.array(ServiceArea)),
  service_at_locations: opt(z.array(ServiceAtLocation)),
  languages: opt(z.array(Language)),
  funding: opt(z.array(z.object({ id: opt(Id), source: opt(Text) }))),
  cost_options: opt(z.array(CostOption)),
  contacts: opt(z.array(Contact)),
  attributes: opt(z.array(Attribute)),
  required_documents: opt(z.array(z.object({ id: opt(Id), document: opt(Text), uri: opt(Text) }))),
  /** placekit's own: how many residents said the record was right (`placekit receive export --confirmations`). */
  confirmations: opt(Confirmations),
});
