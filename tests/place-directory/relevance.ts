/**
 * Relevance checks on the sample feed: queries residents type, with the service that must come in the
 * top three. The tests hold placekit's search to them, and the bench (bench/suites/directory.mjs)
 * counts how often placekit, Fuse.js and MiniSearch manage it.
 */
export const RELEVANCE: Array<{ query: string; expected: string }> = [
  { query: 'fod bank', expected: 'North East Food Share food bank' },
  { query: 'food bank', expected: 'North East Food Share food bank' },
  { query: 'Gaidhlig', expected: 'Gàidhlig air an Oidhche: Gaelic evening classes for adults' },
  { query: 'gaelic choir', expected: 'Còisir Ghàidhlig an Ear (Gaelic choir)' },
  { query: 'debt advice', expected: 'Benefits and debt advice' },
  { query: 'benefts', expected: 'North East Benefits Line' },
  { query: 'football walking', expected: 'Walking football' },
  { query: 'memory cafe', expected: 'Memory Café' },
  { query: 'ceilidh', expected: 'Cèilidh mhòr: monthly cèilidh dance' },
  { query: 'sign language', expected: 'British Sign Language for beginners' },
  { query: 'mens shed', expected: 'Parkhead Men’s Shed' },
  { query: 'homeless', expected: 'Housing options and homelessness advice' },
  { query: 'swimming', expected: 'Gym, swimming and fitness classes' },
  { query: 'polish', expected: 'Kawiarnia: Polish community café and advice point' },
  { query: 'toddler', expected: 'Cròileagan Ceann na Pàirce (Gaelic parent and toddler group)' },
  { query: 'computer classes', expected: 'Silver Surfers computer classes' },
  { query: 'job', expected: 'Job club' },
  { query: 'volunter', expected: 'Community larder volunteer' },
  { query: 'play park', expected: 'Have your say: a new play park for Springburn Park' },
  { query: 'energy', expected: 'Warm Home energy advice' },
  { query: 'advice debt', expected: 'Benefits and debt advice' },
  { query: 'swiming', expected: 'Gym, swimming and fitness classes' },
  { query: 'cafe memory', expected: 'Memory Café' },
  { query: 'gaelic toddler', expected: 'Cròileagan Ceann na Pàirce (Gaelic parent and toddler group)' },
  { query: 'lunch club older', expected: 'Tea and Blether lunch club' },
  { query: 'carers', expected: 'Carers’ support and short breaks' },
  { query: 'budget', expected: 'Easterhouse community budget: you decide' },
  { query: 'bikes disabled', expected: 'All-ability cycling' },
  // What the list shows finds it: the kind of opportunity, the neighbourhood a service is in.
  { query: 'consultation', expected: 'Safer streets around Parkhead Cross' },
  { query: 'volunteering', expected: 'Community larder volunteer' },
  { query: 'parkhead', expected: 'Parkhead community gala day' },
  // Emoji and symbols are not words.
  { query: '🍞 food', expected: 'North East Food Share food bank' },
];
