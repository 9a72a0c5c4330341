// People residents can contact: a Community Connector for each neighbourhood, the third-sector
// interface and the Place Director. All invented; photos point at example.org and do not exist.
//
// org   a key of ORGANISATIONS
// at    the drop-in venue key (places.mjs)
import { languages, monthly, text, voice, weekdays, weekly } from '../lib.mjs';

const CONNECTOR_HELP = [
  'Finding local groups, services and activities',
  'Getting your voice heard on the Locality Plan',
  'Starting or growing a community group',
  'Finding a venue, funding or volunteers for an idea',
];

export const CONNECTORS = [
  {
    key: 'parkhead-connector',
    name: 'Catrìona Baird',
    role: 'community_connector',
    org: 'parkhead-anchor',
    independent_of_council: true,
    area_ids: ['parkhead'],
    photo: {
      url: 'https://example.org/photos/catriona-baird.jpg',
      alt: 'Catrìona Baird, a woman in her forties with shoulder-length red hair and a green scarf, smiling outside the Parkhead Community Hub.',
    },
    description:
      'Catrìona has lived in Parkhead for twenty years. As the Community Connector she works for the Parkhead Community Anchor Trust, not the council, so she can help residents say what really needs to change and take it to the people who make decisions. She also runs the monthly community forum.',
    help_with: [...CONNECTOR_HELP, 'Gaelic-medium groups and events'],
    availability: [weekly('MO,TU,WE,TH', '09:30', '16:30')],
    availability_note:
      'Catrìona works Monday to Thursday. Outside those days, leave a message or send a text and she will get back to you within two working days.',
    languages: languages('en', 'gd'),
    phones: [voice('0141 496 0501'), text('07700 900501')],
    email: 'catriona.baird@example.org',
    booking_url: 'https://example.org/parkhead-anchor/book-a-chat',
    links: [
      { label: 'Parkhead Thriving Places Community Forum', url: 'https://example.org/parkhead-anchor/forum' },
      { label: 'Parkhead Locality Plan (PDF)', url: 'https://example.org/locality-plans/parkhead-locality-plan-2024-2030.pdf' },
    ],
    drop_in: {
      description: 'Drop in for a chat and a cup of tea, no appointment needed. Catrìona is at the table by the café.',
      at: 'p-hub',
      schedules: [weekly('TU', '10:00', '12:00'), weekly('TH', '14:00', '16:00')],
    },
  },
  {
    key: 'springburn-connector',
    name: 'Tomasz Wiśniewski',
    role: 'community_connector',
    org: 'springburn-links',
    independent_of_council: true,
    area_ids: ['springburn'],
    description:
      'Tomasz is Springburn’s Community Connector, employed by Springburn Neighbourhood Links. He links residents’ groups, churches, the Polish community and local services, and makes sure what residents say reaches the Locality Partnership. Mówi po polsku.',
    help_with: [...CONNECTOR_HELP, 'Tenants’ and residents’ associations', 'Help in Polish'],
    availability: [weekly('MO,TU,WE', '09:30', '16:30'), weekly('TH', '12:00', '19:30')],
    availability_note: 'Thursday afternoons and evenings are kept for people who work during the day.',
    languages: languages('en', 'pl'),
    phones: [voice('0141 496 0502'), text('07700 900502')],
    email: 'tomasz.wisniewski@example.org',
    links: [
      { label: 'Springburn Residents’ Network', url: 'https://example.org/springburn-links/residents-network' },
      { label: 'Springburn Locality Plan (PDF)', url: 'https://example.org/locality-plans/springburn-locality-plan-2024-2030.pdf' },
    ],
    drop_in: {
      description: 'Weekly drop-in in the café area of the community halls.',
      at: 's-halls',
      schedules: [weekly('WE', '10:00', '12:30')],
    },
  },
  {
    key: 'easterhouse-connector',
    name: 'Marie-Thérèse Oyelaran-Fitzpatrick',
    role: 'community_connector',
    role_title: 'Community Connector and Participatory Budgeting Coordinator for Easterhouse, Blairtummock, Lochend and Wellhouse',
    org: 'heatherhill',
    independent_of_council: true,
    area_ids: ['easterhouse'],
    photo: {
      url: 'https://example.org/photos/marie-therese-oyelaran-fitzpatrick.jpg',
      alt: 'Marie-Thérèse Oyelaran-Fitzpatrick, a young Black woman with short natural hair and round glasses, laughing in the Easterhouse Community Hub.',
    },
    description:
      'Marie-Thérèse grew up in Easterhouse and came back to work for the Heatherhill Community Trust. Alongside her Community Connector role she coordinates the Easterhouse community budget, so if you have an idea that could use funding, she is the person to ask.',
    help_with: [...CONNECTOR_HELP, 'Applying to the Easterhouse community budget', 'Youth participation'],
    availability: [weekdays('09:30', '16:30')],
    availability_note: 'Marie-Thérèse is often out and about: if she cannot answer, text or email and she will reply the same day.',
    languages: languages('en', 'ar'),
    phones: [voice('0141 496 0503'), text('07700 900503')],
    email: 'marie-therese.of@example.org',
    booking_url: 'https://example.org/heatherhill/book',
    links: [
      { label: 'Easterhouse community budget', url: 'https://example.org/easterhouse-community-budget' },
      { label: 'Easterhouse Locality Plan (PDF)', url: 'https://example.org/locality-plans/easterhouse-locality-plan-2024-2030.pdf' },
    ],
    drop_in: {
      description: 'Drop-in at the community hub: look for the purple banner in the foyer.',
      at: 'e-hub',
      schedules: [weekly('MO', '13:00', '15:00'), weekly('FR', '10:00', '12:00')],
    },
  },
  {
    key: 'tsi-contact',
    name: 'Morven Gillies',
    role: 'third_sector_interface',
    role_title: 'Community Planning Development Officer',
    org: 'tsi',
    independent_of_council: true,
    description:
      'The North East Voluntary Action Network is the third-sector interface for the whole council area. Morven supports voluntary and community groups and people who want to take part in community planning, and represents the voluntary sector on the Community Planning Partnership board.',
    help_with: [
      'Taking part in community planning',
      'Setting up a charity or community group',
      'Funding advice and finding grants',
      'Recruiting and supporting volunteers',
      'Governance, policies and training for committees',
    ],
    availability: [weekdays('09:00', '17:00')],
    availability_note: 'Office hours, Monday to Friday.',
    languages: languages('en'),
    phones: [voice('0141 496 0504')],
    email: 'morven.gillies@example.org',
    booking_url: 'https://example.org/tsi/book-a-funding-surgery',
    links: [
      { label: 'Funding news', url: 'https://example.org/tsi/funding' },
      { label: 'Volunteer with a local group', url: 'https://example.org/tsi/volunteer' },
    ],
    drop_in: {
      description: 'Monthly funding and community-groups surgery. Booking is advised but drop-ins are welcome.',
      at: 's-learning',
      schedules: [monthly('1WE', '13:00', '16:00', 'First Wednesday of the month')],
    },
  },
  {
    key: 'place-director',
    name: 'Dr Ewan Hutcheson',
    role: 'place_director',
    role_title: 'Place Director for the North East Sample Community Planning Partnership',
    org: 'place-directorate',
    description:
      'The Place Director is a senior civil servant linked to this Community Planning Partnership. Ewan helps the partnership raise issues that need national attention and shares what works elsewhere. Most residents will find their Community Connector a better first contact.',
    help_with: ['Issues that need national government attention', 'Links between national policy and local plans'],
    availability_note: 'Contact by email; meetings by arrangement.',
    languages: languages('en'),
    phones: [voice('0141 496 0590')],
    email: 'place-director@example.net',
  },
];
