/**
 * The English lexicon of the synthetic corpus: a few hundred everyday words,
 * grouped by how the templates in ./en.ts may use them.
 *
 * The words live apart from the sentence shapes so each can be read and extended
 * on its own. Everything here is written for this project.
 */

/** A person as a noun phrase, with the grammatical gender its pronouns follow. */
export interface PersonWord {
  np: string;
  g: 'm' | 'f' | 'x';
}

export const names: PersonWord[] = [
  ...['Tom', 'Ben', 'Sam', 'Jack', 'Leo', 'Max', 'Noah', 'Adam', 'Paul', 'David', 'Peter', 'Omar', 'Ravi', 'Li Wei', 'Victor', 'Hugo', 'Quentin', 'Xavier', 'Ian', 'Ethan'].map((np) => ({
    np,
    g: 'm' as const,
  })),
  ...['Anna', 'Lucy', 'Mia', 'Emma', 'Lily', 'Sara', 'Zoe', 'Kate', 'Rosa', 'Nina', 'Amy', 'Maria', 'Yuki', 'Grace', 'Vera', 'Uma', 'Olga', 'Irene', 'Hana', 'Julia', 'Fatima'].map((np) => ({
    np,
    g: 'f' as const,
  })),
];

export const roles: PersonWord[] = [
  ...['the boy', 'the man', 'the old man', 'the little boy', 'my father', 'my brother', 'the king', 'my uncle', 'my grandfather'].map((np) => ({ np, g: 'm' as const })),
  ...['the girl', 'the woman', 'the old woman', 'the little girl', 'my mother', 'my sister', 'the queen', 'my aunt', 'my grandmother'].map((np) => ({ np, g: 'f' as const })),
  ...['the teacher', 'the doctor', 'the farmer', 'the student', 'the driver', 'the cook', 'the nurse', 'the child', 'my friend', 'the baker', 'the writer', 'the pilot'].map((np) => ({
    np,
    g: 'x' as const,
  })),
];

export const relatives = ['brother', 'sister', 'mother', 'father', 'friend', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin'];
export const relativeGender: Record<string, 'm' | 'f' | 'x'> = {
  brother: 'm',
  sister: 'f',
  mother: 'f',
  father: 'm',
  friend: 'x',
  grandmother: 'f',
  grandfather: 'm',
  uncle: 'm',
  aunt: 'f',
  cousin: 'x',
};

/** [singular, plural], smallest to largest (used for true size comparisons). */
export const animals: [string, string][] = [
  ['mouse', 'mice'],
  ['frog', 'frogs'],
  ['bird', 'birds'],
  ['duck', 'ducks'],
  ['kitten', 'kittens'],
  ['rabbit', 'rabbits'],
  ['cat', 'cats'],
  ['fox', 'foxes'],
  ['puppy', 'puppies'],
  ['dog', 'dogs'],
  ['goat', 'goats'],
  ['sheep', 'sheep'],
  ['pig', 'pigs'],
  ['lion', 'lions'],
  ['cow', 'cows'],
  ['horse', 'horses'],
  ['bear', 'bears'],
  ['elephant', 'elephants'],
];
export const animalStates = ['tired', 'hungry', 'sleepy', 'scared', 'old', 'small', 'weak', 'lazy', 'slow', 'cold', 'nervous'];

/** Crossing verbs with the places they go with, and adjectives that fit each place. */
export const crossings: [string, string[]][] = [
  ['cross', ['street', 'road', 'river', 'bridge', 'field']],
  ['climb', ['hill', 'tree', 'wall', 'fence']],
  ['leave', ['house', 'garden', 'barn', 'yard', 'park']],
  ['enter', ['kitchen', 'forest', 'barn', 'cave', 'garden']],
];
export const placeStates: Record<string, string[]> = {
  street: ['busy', 'wide', 'noisy'],
  road: ['busy', 'wide', 'long'],
  river: ['wide', 'deep', 'cold'],
  bridge: ['long', 'narrow', 'old'],
  field: ['wet', 'big', 'muddy'],
  hill: ['steep', 'high'],
  tree: ['tall', 'high'],
  wall: ['high', 'tall'],
  fence: ['high', 'tall'],
  house: ['warm', 'quiet'],
  garden: ['nice', 'warm', 'green'],
  barn: ['warm', 'dark'],
  yard: ['nice', 'sunny'],
  park: ['nice', 'busy'],
  kitchen: ['hot', 'small', 'noisy'],
  forest: ['dark', 'big', 'quiet'],
  cave: ['dark', 'cold', 'deep'],
};

/** Surfaces with the prepositions that suit them. */
export const surfaces: [string, string[]][] = [
  ['mat', ['on']],
  ['table', ['on', 'under']],
  ['chair', ['on', 'under']],
  ['bed', ['on', 'under']],
  ['sofa', ['on', 'behind']],
  ['rug', ['on']],
  ['floor', ['on']],
  ['grass', ['on', 'in']],
  ['roof', ['on']],
  ['box', ['in', 'on']],
  ['desk', ['on', 'under']],
  ['shelf', ['on']],
  ['step', ['on']],
  ['window', ['near', 'by']],
  ['door', ['near', 'behind']],
  ['tree', ['under', 'near']],
];

/** [singular, plural] things one can hold, give or find. */
export const things: [string, string][] = [
  ['book', 'books'],
  ['ball', 'balls'],
  ['cup', 'cups'],
  ['bag', 'bags'],
  ['hat', 'hats'],
  ['key', 'keys'],
  ['pen', 'pens'],
  ['letter', 'letters'],
  ['apple', 'apples'],
  ['box', 'boxes'],
  ['coat', 'coats'],
  ['map', 'maps'],
  ['ticket', 'tickets'],
  ['picture', 'pictures'],
  ['toy', 'toys'],
  ['basket', 'baskets'],
  ['bottle', 'bottles'],
  ['plate', 'plates'],
  ['bowl', 'bowls'],
  ['clock', 'clocks'],
  ['flower', 'flowers'],
  ['orange', 'oranges'],
  ['egg', 'eggs'],
  ['shoe', 'shoes'],
  ['umbrella', 'umbrellas'],
  ['jacket', 'jackets'],
  ['jar', 'jars'],
];
/** What someone may want to do with a given thing ("…because he wanted to read it"). */
export const thingUses: Record<string, string> = {
  book: 'read it',
  letter: 'read it',
  apple: 'eat it',
  orange: 'eat it',
  egg: 'cook it',
  ball: 'play with it',
  toy: 'play with it',
  coat: 'wear it',
  hat: 'wear it',
  map: 'look at it',
  picture: 'look at it',
  pen: 'write with it',
  ticket: 'use it',
  cup: 'drink from it',
  umbrella: 'use it',
  jacket: 'wear it',
  jar: 'fill it',
  bag: 'carry it',
  basket: 'carry it',
  flower: 'keep it',
  clock: 'fix it',
  box: 'open it',
  key: 'open the door',
};
export const containers = ['cabinet', 'door', 'car', 'house', 'box', 'garden gate', 'office', 'shop', 'drawer', 'room'];

export const places = ['park', 'school', 'market', 'library', 'station', 'beach', 'river', 'shop', 'farm', 'zoo', 'city', 'village', 'museum', 'hospital', 'garden', 'forest'];
export const times = ['in the morning', 'in the afternoon', 'in the evening', 'on Monday', 'on Sunday', 'after school', 'after lunch', 'last week', 'yesterday', 'at night'];
export const days = ['morning', 'evening', 'day', 'Sunday', 'weekend', 'summer'];

export const activities = [
  'read books',
  'play football',
  'draw pictures',
  'sing songs',
  'swim',
  'cook dinner',
  'ride a bike',
  'write letters',
  'play the piano',
  'watch films',
  'grow flowers',
  'climb hills',
  'go fishing',
  'play chess',
  'dance',
  'take photos',
  'learn new words',
  'walk in the park',
];
export const gerunds = ['reading', 'writing', 'drawing', 'singing', 'swimming', 'cooking', 'dancing', 'running', 'painting', 'walking', 'playing chess', 'listening to music'];

/** A feeling and something a person does because of it. */
export const feelings: [string, string][] = [
  ['hungry', 'ate some bread'],
  ['hungry', 'ate an apple'],
  ['tired', 'went to bed early'],
  ['cold', 'put on a coat'],
  ['thirsty', 'drank some water'],
  ['thirsty', 'drank some juice'],
  ['excited', 'jumped for joy'],
  ['sad', 'called a friend'],
  ['happy', 'sang a song'],
  ['bored', 'read a book'],
  ['late', 'ran to the station'],
  ['sick', 'stayed in bed'],
];
/** A feeling and something an animal does because of it. */
export const animalFeelings: [string, string][] = [
  ['hungry', 'ate all its food'],
  ['tired', 'slept all day'],
  ['scared', 'hid under the bed'],
  ['cold', 'lay by the fire'],
  ['thirsty', 'drank from the river'],
  ['happy', 'ran around the garden'],
  ['curious', 'looked into the box'],
];

/** Short exclamations and questions for variety of punctuation. */
export const exclamations = [
  'What a nice day!',
  'Thank you!',
  'Look at the bird!',
  'Be quiet, please!',
  'Good morning!',
  'Good night!',
  'Watch out!',
  'Is it time for lunch?',
  'Do you like jam?',
  'Happy birthday!',
  'See you tomorrow!',
  'How are you today?',
];

export const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const weather: [string, string[]][] = [
  ['raining', ['stayed at home', 'took an umbrella', 'read books inside']],
  ['snowing', ['built a snowman', 'stayed at home', 'wore warm coats']],
  ['sunny', ['went to the beach', 'played in the park', 'had lunch outside']],
  ['windy', ['flew a kite', 'closed the windows', 'stayed inside']],
  ['cold', ['wore warm coats', 'made hot tea', 'lit the fire']],
];

/**
 * [singular, plural] of more common countable nouns (besides `things` and `animals`), for
 * the agreement sentences of the second training stage (./structures.ts): many nouns, so
 * that what the model learns is the number of a noun in general rather than of a few it
 * practised on.
 */
export const countNouns: [string, string][] = [
  ['boat', 'boats'],
  ['bucket', 'buckets'],
  ['button', 'buttons'],
  ['cake', 'cakes'],
  ['camera', 'cameras'],
  ['candle', 'candles'],
  ['carpet', 'carpets'],
  ['castle', 'castles'],
  ['chain', 'chains'],
  ['cloud', 'clouds'],
  ['coin', 'coins'],
  ['computer', 'computers'],
  ['cookie', 'cookies'],
  ['cousin', 'cousins'],
  ['desk', 'desks'],
  ['dinner', 'dinners'],
  ['doctor', 'doctors'],
  ['dragon', 'dragons'],
  ['drawer', 'drawers'],
  ['dress', 'dresses'],
  ['engine', 'engines'],
  ['farmer', 'farmers'],
  ['feather', 'feathers'],
  ['field', 'fields'],
  ['finger', 'fingers'],
  ['flag', 'flags'],
  ['forest', 'forests'],
  ['friend', 'friends'],
  ['game', 'games'],
  ['gate', 'gates'],
  ['girl', 'girls'],
  ['glove', 'gloves'],
  ['hammer', 'hammers'],
  ['helmet', 'helmets'],
  ['island', 'islands'],
  ['kettle', 'kettles'],
  ['kid', 'kids'],
  ['king', 'kings'],
  ['ladder', 'ladders'],
  ['lake', 'lakes'],
  ['leaf', 'leaves'],
  ['mirror', 'mirrors'],
  ['monkey', 'monkeys'],
  ['mountain', 'mountains'],
  ['nail', 'nails'],
  ['neighbour', 'neighbours'],
  ['nest', 'nests'],
  ['note', 'notes'],
  ['nurse', 'nurses'],
  ['onion', 'onions'],
  ['painter', 'painters'],
  ['pan', 'pans'],
  ['parrot', 'parrots'],
  ['pencil', 'pencils'],
  ['photo', 'photos'],
  ['pillow', 'pillows'],
  ['pilot', 'pilots'],
  ['planet', 'planets'],
  ['plant', 'plants'],
  ['player', 'players'],
  ['pocket', 'pockets'],
  ['poem', 'poems'],
  ['pot', 'pots'],
  ['puzzle', 'puzzles'],
  ['queen', 'queens'],
  ['ring', 'rings'],
  ['rock', 'rocks'],
  ['rope', 'ropes'],
  ['sailor', 'sailors'],
  ['sandwich', 'sandwiches'],
  ['scarf', 'scarfs'],
  ['shell', 'shells'],
  ['ship', 'ships'],
  ['shirt', 'shirts'],
  ['singer', 'singers'],
  ['sister', 'sisters'],
  ['skirt', 'skirts'],
  ['snake', 'snakes'],
  ['sock', 'socks'],
  ['soldier', 'soldiers'],
  ['spoon', 'spoons'],
  ['star', 'stars'],
  ['stone', 'stones'],
  ['street', 'streets'],
  ['table', 'tables'],
  ['tiger', 'tigers'],
  ['towel', 'towels'],
  ['tower', 'towers'],
  ['town', 'towns'],
  ['train', 'trains'],
  ['truck', 'trucks'],
  ['tunnel', 'tunnels'],
  ['uncle', 'uncles'],
  ['village', 'villages'],
  ['visitor', 'visitors'],
  ['wagon', 'wagons'],
  ['watch', 'watches'],
  ['wave', 'waves'],
  ['wheel', 'wheels'],
  ['worker', 'workers'],
  ['writer', 'writers'],
  ['boy', 'boys'],
  ['bell', 'bells'],
  ['brick', 'bricks'],
  ['card', 'cards'],
  ['garage', 'garages'],
  ['kite', 'kites'],
  ['leg', 'legs'],
  ['nose', 'noses'],
  ['pipe', 'pipes'],
  ['seed', 'seeds'],
  ['shelf', 'shelves'],
];
