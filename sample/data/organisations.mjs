// Invented organisations. Any likeness to a real organisation is unintended.
// Each gets a website https://<domain>/<key> and an email <key>@<domain> unless it says otherwise.

export const ORGANISATIONS = {
  council: { name: 'North East Sample City Council', description: 'The (fictional) local council for the sample neighbourhoods.' },
  hscp: {
    name: 'North East Sample Health and Social Care Partnership',
    description: 'Community health and social care services, run jointly by the council and the health board.',
  },
  college: { name: 'North East Sample College', description: 'Further education college with outreach classes in local community venues.' },
  tsi: {
    name: 'North East Voluntary Action Network',
    alternate_name: 'NEVAN',
    description:
      'The third-sector interface for the council area: support, funding advice and a voice in community planning for voluntary and community groups.',
  },

  'parkhead-larder': { name: 'Parkhead Community Larder SCIO', description: 'A members’ food larder run by local volunteers.' },
  'little-steps': { name: 'Little Steps Baby Bank', description: 'Baby clothes, equipment and toiletries for families who need them.' },
  eastgate: { name: 'Eastgate Money Advice Project', description: 'Independent advice on benefits, debt and energy bills.' },
  'calm-waters': { name: 'Calm Waters Wellbeing', domain: 'example.net', description: 'A community counselling charity offering low-cost talking therapies.' },
  gaelic: {
    name: 'Buidheann Gàidhlig an Ear-thuath',
    alternate_name: 'North East Gaelic Group',
    description: 'Gaelic playgroups, classes and social events for learners and speakers of all ages.',
  },
  'parkhead-anchor': { name: 'Parkhead Community Anchor Trust', description: 'A community-led development trust that hosts the Parkhead Community Connector.' },
  'parkhead-youth': { name: 'Parkhead Youth Shed', description: 'Open youth work for young people aged 12 to 25.' },
  'silver-threads': { name: 'Silver Threads Older People’s Network', description: 'Lunch clubs, befriending and social activities for older people.' },
  northlight: { name: 'Northlight Housing Association', description: 'A community-controlled housing association with homes across the north east.' },
  'active-ne': {
    name: 'Active North East Community Sport',
    domain: 'example.com',
    description: 'Community sports clubs and sessions for all ages and abilities.',
  },
  'gallowgate-workshop': { name: 'The Gallowgate Workshop', description: 'A community arts studio and maker space.' },
  'digital-doorstep': { name: 'Digital Doorstep', description: 'Free help with phones, tablets, the internet and getting online.' },
  workready: { name: 'WorkReady North East', description: 'Employability support: CVs, training, job search and help into work.' },
  'mens-shed': { name: 'Parkhead Men’s Shed', description: 'A workshop and meeting place where men (and anyone else) can make, mend and talk.' },
  'listening-line': {
    name: 'Listening Line',
    domain: 'example.net',
    description: 'A volunteer-run listening service for anyone who is struggling, day or night.',
  },
  'east-end-esol': { name: 'East End Conversation Café', description: 'Informal English practice for people whose first language is not English.' },

  foodshare: { name: 'North East Food Share', description: 'Emergency food parcels, toiletries and advice, from two sites in the north east.' },
  'springburn-fridge': {
    name: 'Springburn Community Fridge SCIO',
    description: 'A volunteer-run community fridge, part of a network of fridges across the north east that cut food waste.',
  },
  'carers-link': {
    name: 'North East Carers Link',
    description:
      'North East Carers Link supports unpaid carers of all ages: anyone who looks after a family member, partner or friend who could not manage without them.',
  },
  'springburn-pantry': { name: 'Springburn Weekend Pantry', description: 'A low-cost weekend pantry run by volunteers from Petershill Road Church.' },
  'springburn-advice': { name: 'Springburn Advice Shop', description: 'Free, independent advice on benefits, debt, housing and employment rights.' },
  'springburn-youth': { name: 'Springburn Young People’s Hub', description: 'Youth work, mentoring and activities for young people aged 12 to 25.' },
  lantern: { name: 'Lantern Night Café', description: 'A safe, warm place to spend the evening and the early hours, with hot food and someone to talk to.' },
  'springburn-links': { name: 'Springburn Neighbourhood Links', description: 'A local agency that hosts the Springburn Community Connector.' },
  'deaf-social': { name: 'Springburn Deaf Social Club', description: 'A social club for Deaf people, BSL users and learners.' },
  'ceilidh-club': {
    name: 'Cèilidh Club Bhùrn an Fhuarain',
    alternate_name: 'Springburn Cèilidh Club',
    description: 'Monthly cèilidh dances with a live band and a caller, for everyone.',
  },
  'vulcan-arts': { name: 'Vulcan Street Arts Space', description: 'Artists’ studios and open community arts sessions.' },
  'springburn-carers': { name: 'Springburn Carers’ Centre', description: 'Information, breaks and support for unpaid carers.' },
  'polish-cafe': {
    name: 'Kawiarnia Springburn Polish Community Café',
    description: 'A Sunday café and advice point run by and for the Polish-speaking community.',
  },

  'easterhouse-fridge': { name: 'Easterhouse Community Fridge', description: 'Surplus food from local shops, shared free with anyone.' },
  'homes-and-help': { name: 'Homes and Help North East', description: 'Tenancy sustainment, homelessness prevention and housing advice.' },
  'easterhouse-youth': { name: 'Easterhouse Youth Hub', description: 'Youth work, youth voice and activities for young people aged 12 to 25.' },
  'arnisdale-family': { name: 'Arnisdale Road Family Centre', description: 'Early years and family support for families with children aged 0 to 8.' },
  coisir: { name: 'Còisir Ghàidhlig an Ear', alternate_name: 'North East Gaelic Choir', description: 'A community Gaelic choir for singers and learners.' },
  'independent-living': {
    name: 'Independent Living North East',
    description: 'A disabled people’s organisation: equipment, adaptations, advice and peer support.',
  },
  heatherhill: { name: 'Heatherhill Community Trust', description: 'A community development trust that hosts the Easterhouse Community Connector.' },
  'easterhouse-recovery': { name: 'Easterhouse Recovery Network', description: 'Peer-led recovery from alcohol, drugs and poor mental health.' },
  'young-carers': { name: 'Shandwick Street Young Carers Project', description: 'Support and breaks for young carers aged 8 to 18.' },
  'easterhouse-women': { name: 'Easterhouse Women’s Circle', description: 'A weekly group for women to meet, learn and support each other.' },
  'lochend-theatre': { name: 'Lochend Road Community Theatre', description: 'Drama workshops and community productions.' },
  'place-directorate': {
    name: 'Sample Government Place Directorate (fictional)',
    domain: 'example.net',
    description: 'The (invented) national government office that links a named Place Director to each Community Planning Partnership.',
  },
};
