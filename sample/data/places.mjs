// The three neighbourhoods and the (fictional) venues where things happen.
// Street names are real streets in those neighbourhoods; the numbers, postcodes and buildings are invented.

export const AREAS = [
  {
    id: 'parkhead',
    name: 'Parkhead',
    alternate_name: 'Ceann na Pàirce',
    description:
      'Parkhead, in the east end around Parkhead Cross, Westmuir Street and the Forge. A Thriving Places neighbourhood with a strong tradition of community groups, a busy shopping street and many older tenements alongside newer housing association homes.',
    postcode_districts: ['G31'],
    postcode_sectors: ['G31 4', 'G31 5'],
    centre: { latitude: 55.8516, longitude: -4.1957 },
  },
  {
    id: 'springburn',
    name: 'Springburn',
    alternate_name: 'Bùrn an Fhuarain',
    description:
      'Springburn, in the north of the city around Springburn Road, Balgrayhill and Springburn Park. Once the heart of locomotive building, now a neighbourhood of tower blocks, tenements and family homes with a large park and a growing Polish-speaking community.',
    postcode_districts: ['G21'],
    postcode_sectors: ['G21 1', 'G21 4'],
    centre: { latitude: 55.8828, longitude: -4.2305 },
  },
  {
    id: 'easterhouse',
    name: 'Easterhouse',
    alternate_name: 'Taigh na h-Àirde an Ear',
    description:
      'Easterhouse, on the eastern edge of the city around Shandwick Street, Westerhouse Road and Lochend. A large post-war estate with a young population, a strong arts and youth work scene, and green space running out to the Seven Lochs.',
    postcode_districts: ['G34'],
    postcode_sectors: ['G34 0', 'G34 9'],
    centre: { latitude: 55.8598, longitude: -4.1078 },
  },
];

const STEP_FREE = 'Step-free entrance and accessible toilet.';

/**
 * Venues: [key, area, name, address_1, postcode, accessibility].
 * Coordinates are derived from the key: a fixed point within about 900 m of the area's centre.
 */
export const VENUES = [
  // Parkhead (G31 4, G31 5)
  ['p-hub', 'parkhead', 'Parkhead Community Hub', '112 Westmuir Street', 'G31 5BN', `${STEP_FREE} Hearing loop at reception. Quiet room available on request.`],
  [
    'p-library',
    'parkhead',
    'Westmuir Street Library and Learning Centre',
    '48 Westmuir Street',
    'G31 5BT',
    `${STEP_FREE} Lift to the first-floor computer suite.`,
  ],
  [
    'p-church-hall',
    'parkhead',
    'Helenvale Church Hall',
    '20 Helenvale Street',
    'G31 4NH',
    'Ramp at the side door on Helenvale Street; the front door has two steps. Accessible toilet.',
  ],
  [
    'p-health',
    'parkhead',
    'Duke Street Health and Wellbeing Centre',
    '1220 Duke Street',
    'G31 5NQ',
    `${STEP_FREE} Hearing loop. Changing Places toilet on the ground floor.`,
  ],
  [
    'p-larder',
    'parkhead',
    'Parkhead Community Larder',
    '7 Burgher Street',
    'G31 4TD',
    'One small step at the door; staff can bring shopping out to you. No accessible toilet.',
  ],
  ['p-family', 'parkhead', 'Salamanca Street Family Centre', '31 Salamanca Street', 'G31 5AP', `${STEP_FREE} Buggy park and baby-changing facilities.`],
  ['p-sports', 'parkhead', 'Tollcross Road Sports Barn', '286 Tollcross Road', 'G31 4UR', `${STEP_FREE} Accessible changing room.`],
  [
    'p-workshop',
    'parkhead',
    'The Gallowgate Workshop',
    '1104 Gallowgate',
    'G31 4DA',
    'Ground-floor studio, level access from the back lane. Accessible toilet.',
  ],
  ['p-housing', 'parkhead', 'Northlight Housing Association', '64 Quarrybrae Street', 'G31 5NA', `${STEP_FREE} Private interview rooms.`],
  ['p-youth', 'parkhead', 'Parkhead Youth Shed', '9 Crail Street', 'G31 5RE', 'Level access. Accessible toilet.'],
  ['p-advice', 'parkhead', 'Eastgate Money Advice Project', '1374 Gallowgate', 'G31 4DP', `${STEP_FREE} Private rooms for appointments.`],
  [
    'p-office',
    'parkhead',
    'Listening Line office (not open to visitors)',
    '3 Methven Street',
    'G31 4QL',
    'A telephone and text service: the office is not open to the public.',
  ],
  [
    'p-shed',
    'parkhead',
    'Parkhead Men’s Shed',
    'Unit 4, 55 Invernairn Drive',
    'G31 5HW',
    'Level access to the workshop. Accessible toilet next door in the community hall.',
  ],

  // Springburn (G21 1, G21 4)
  ['s-halls', 'springburn', 'Springburn Community Halls', '30 Springburn Way', 'G21 1TF', `${STEP_FREE} Hearing loop in the main hall.`],
  ['s-learning', 'springburn', 'Balgrayhill Learning Hub', '8 Balgrayhill Road', 'G21 4AA', `${STEP_FREE} Height-adjustable desks in the computer room.`],
  [
    's-foodshare',
    'springburn',
    'North East Food Share, Springburn site',
    '55 Flemington Street',
    'G21 4BS',
    'Level access through the yard entrance. Seating while you wait.',
  ],
  ['s-health', 'springburn', 'Springburn Health and Wellbeing Centre', '200 Springburn Road', 'G21 1TR', `${STEP_FREE} Hearing loop. Lift to all floors.`],
  ['s-church-hall', 'springburn', 'Petershill Road Church Hall', '141 Petershill Road', 'G21 4QA', 'Ramp at the main door. Accessible toilet.'],
  ['s-youth', 'springburn', 'Springburn Young People’s Hub', '17 Gourlay Street', 'G21 1AE', `${STEP_FREE} Gender-neutral toilets.`],
  ['s-night-cafe', 'springburn', 'Lantern Night Café', '92 Keppochhill Road', 'G21 1HT', 'Level access. Accessible toilet. Dogs welcome.'],
  ['s-sports', 'springburn', 'Atlas Road Community Sports Centre', '60 Atlas Road', 'G21 4TE', `${STEP_FREE} Pool hoist and accessible changing rooms.`],
  [
    's-advice',
    'springburn',
    'Springburn Advice Shop',
    '226 Springburn Road',
    'G21 1TU',
    `${STEP_FREE} Private interview rooms. BSL interpreters can be booked.`,
  ],
  ['s-resource', 'springburn', 'Edgefauld Road Resource Centre', '47 Edgefauld Road', 'G21 4XB', `${STEP_FREE} Hearing loop. Minibus pick-up can be arranged.`],
  [
    's-arts',
    'springburn',
    'Vulcan Street Arts Space',
    '5 Vulcan Street',
    'G21 4DY',
    'Ground-floor studio with level access; the upstairs gallery has no lift.',
  ],
  [
    's-pavilion',
    'springburn',
    'Springburn Park Pavilion',
    'Springburn Park, 2 Gourlay Street',
    'G21 1LZ',
    'Level access from the park path. Accessible toilet.',
  ],

  // Easterhouse (G34 0, G34 9)
  ['e-hub', 'easterhouse', 'Easterhouse Community Hub', '2 Shandwick Street', 'G34 9DA', `${STEP_FREE} Hearing loop. Lift to the first floor.`],
  [
    'e-foodshare',
    'easterhouse',
    'North East Food Share, Easterhouse site',
    '88 Westerhouse Road',
    'G34 9QN',
    'Level access. Seating and a children’s corner while you wait.',
  ],
  [
    'e-learning',
    'easterhouse',
    'Lochdochart Road Learning Centre',
    '25 Lochdochart Road',
    'G34 0QP',
    `${STEP_FREE} Large-print and screen-reader software on every computer.`,
  ],
  ['e-health', 'easterhouse', 'Auchinlea Road Health Centre', '150 Auchinlea Road', 'G34 0BL', `${STEP_FREE} Hearing loop. Changing Places toilet.`],
  ['e-youth', 'easterhouse', 'Easterhouse Youth Hub', '41 Bogbain Road', 'G34 9LQ', `${STEP_FREE} Gender-neutral toilets.`],
  ['e-sports', 'easterhouse', 'Blairtummock Sports Hall', '10 Blairtummock Road', 'G34 9JZ', `${STEP_FREE} Accessible changing room and adapted bikes.`],
  ['e-arts', 'easterhouse', 'Lochend Road Arts Hall', '77 Lochend Road', 'G34 0DE', 'Ramp at the main entrance. Hearing loop in the hall.'],
  ['e-church-hall', 'easterhouse', 'Wellhouse Crescent Church Hall', '4 Wellhouse Crescent', 'G34 0RT', 'Level access. Accessible toilet.'],
  ['e-housing', 'easterhouse', 'Homes and Help North East', '19 Kildermorie Road', 'G34 9QX', `${STEP_FREE} Private interview rooms.`],
  [
    'e-workready',
    'easterhouse',
    'WorkReady North East, Easterhouse office',
    '130 Easterhouse Road',
    'G34 9RG',
    `${STEP_FREE} Lift to the first-floor training room.`,
  ],
  [
    'e-family',
    'easterhouse',
    'Arnisdale Road Family Centre',
    '62 Arnisdale Road',
    'G34 9HQ',
    `${STEP_FREE} Buggy park, baby-changing and a quiet feeding room.`,
  ],
  [
    'e-living',
    'easterhouse',
    'Independent Living North East',
    '8 Duror Street',
    'G34 0AB',
    `${STEP_FREE} Equipment showroom on the ground floor. Hearing loop. BSL interpreters can be booked.`,
  ],
];
