"""Sentence templates and word lists for the synthetic benchmark reports.

Written for the benchmark; they mimic the wording of wire stories, live blogs and official
statements closely enough to exercise every extractor (figures with hedges, ranges, money,
units, weekdays; places and sectors; speakers, quotes, verification notes), not to be read.
The events and the minor officials' names are invented.

Fields: {place} {place2} (front-line places), {city} (a Ukrainian city), {oblast} (a region),
{sector} (a front sector), {speaker} (an institution or official), {person} (a named person),
{n} {m} {k} {big} {big2} (numbers, written as digits or words), {hedge} (`about`, `more than` ...),
{money}, {km}, {weekday}, {side} (an adjective of a side).
"""

# Sentences that make a paragraph of a report; most carry a figure, a place or a speaker.
SENTENCES = [
    "{speaker} said {hedge} {n} {side} soldiers were killed near {place} over the past day.",
    "Russian forces launched {n} attacks in the {sector} sector, {speaker} said.",
    "At least {n} civilians were wounded when shells hit {place} on {weekday}, according to "
    "{speaker}.",
    "Air defence units shot down {n} of {m} drones launched overnight, {speaker} said.",
    "The death toll in {city} rose to {n}, the regional governor said on {weekday}.",
    "\"We are holding our positions near {place}, and the enemy is losing people every "
    "hour,\" {person} told reporters.",
    "The {sector} front remained the most active, with {n} clashes recorded since the morning.",
    "Some {big} residents remain in {place}, down from a pre-war population of about {big2}.",
    "The government allocated {money} for the reconstruction of {city}, {speaker} said.",
    "{speaker} said its forces destroyed {n} tanks and {m} artillery systems in the {oblast} "
    "region.",
    "Fighting continued around {place} and {place2}, {speaker} said.",
    "{hedge} {n} people were evacuated from {place} in the past week.",
    "Shelling damaged {n} residential buildings in {city}, the city's mayor said.",
    "Russian troops advanced {km} kilometres west of {place}, {speaker} said.",
    "About {big} people have been displaced from the {oblast} region since the start of the "
    "year.",
    "{speaker} reported {n} Russian attacks repelled near {place} and {place2}.",
    "In {place}, {n} people were killed and {m} wounded in a missile strike on {weekday}.",
    "Ukrainian forces captured {n} Russian servicemen near {place}, {person} said.",
    "{person}, the head of the {oblast} military administration, said {n} settlements came "
    "under fire.",
    "Between {n} and {m} Russian soldiers are believed to have been wounded in the assault on "
    "{place}.",
    "Moscow said it had killed {hedge} {n} Ukrainian troops in the {sector} direction.",
    "The strike on {city} left {n} people dead, including {k} children, officials said.",
    "Power was cut to {big} homes in the {oblast} region after the attack.",
    "{person} said {n} drones and {k} cruise missiles had been fired at {city} overnight.",
    "Aid agencies said {money} was needed to repair water supplies in {city}.",
    "Ukraine has lost control of {km} square kilometres around {place}, {speaker} said.",
    "{speaker} said {n} people were missing after the shelling of {place}.",
]

# Sentences without figures: the ordinary text around the facts.
FILLER = [
    "Reuters could not independently verify the battlefield reports.",
    "The claims could not be independently verified.",
    "Russia denies targeting civilians.",
    "Both sides have suffered heavy losses in months of fighting in the east.",
    "The situation on the front line remains difficult, officials said.",
    "Western allies have pledged more air defence systems.",
    "Residents described a night of explosions and sirens.",
    "The town has been largely destroyed by months of shelling.",
    "Kyiv has repeatedly called for more artillery ammunition.",
    "Moscow did not immediately comment on the report.",
]

HEADLINES = [
    "Fighting intensifies around {place}",
    "{n} killed in strike on {city}",
    "Ukraine says it repelled attacks near {place}",
    "Drones shot down over {oblast} region",
    "Shelling hits {city} as fighting goes on in the {sector} sector",
    "Evacuations continue from {place}",
    "Live: war in Ukraine, day {n}",
]

SPEAKERS = [
    "Ukraine's General Staff", "Ukraine's military", "Russia's Defence Ministry",
    "President Volodymyr Zelensky", "Defence Minister Oleksii Reznikov",
    "the regional governor", "the Ukrainian military", "a military spokesman",
    "the Kremlin", "Ukraine's air force", "the city council", "local officials",
]

PERSONS = [
    "Volodymyr Zelensky", "Oleksii Reznikov", "Serhiy Cherevatyi", "Pavlo Kyrylenko",
    "Oleksandr Marchenko", "Iryna Bondar", "Mykola Tkachenko", "Olena Kovalenko",
    "Yurii Shevchuk", "Andrii Melnyk", "Natalia Hnatiuk", "Viktor Savchenko",
]

SIDES = ["Russian", "Ukrainian", "Russian", "enemy"]
HEDGES = ["", "", "about", "more than", "at least", "nearly", "up to", "some"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONEY = ["${n} million", "{n} million euros", "${n}.{k} billion", "{n},000 hryvnias"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "dozens of", "a dozen", "hundreds of"]

# Sources: (file name label, kind of header most often used by that source).
SOURCES = [("wire", "dateline"), ("live-blog", "seed"), ("statement", "date-line"),
           ("briefing", "front-matter"), ("round-up", "seed")]
WIRE_CITIES = ["KYIV", "KRAMATORSK", "ZAPORIZHZHIA", "KHARKIV", "DNIPRO", "ODESA", "MOSCOW"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
