"""Figures: what counts as a number in a conflict report, its value, kind, counted noun,
hedge, side and period. Every sentence here is invented for the test."""
from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest import figures
from conflict_digest.figures import extract_figures, parse_number_words
from conflict_digest.resources import load_toml

FAST = settings(max_examples=200, deadline=None)


def facts(sentence: str) -> list[tuple]:
    """Each figure as (value, low, high, kind, what)."""
    return [(f.value, f.low, f.high, f.kind, f.what) for f in extract_figures(sentence)]


def only(sentence: str):
    figures = extract_figures(sentence)
    assert len(figures) == 1, [(f.text, f.value, f.kind, f.what) for f in figures]
    return figures[0]


# --- number words (English), for the properties -------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, british: bool = True, hyphen: bool = True) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            words = _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")
        parts.append(("and " if hundreds and british else "") + words)
    return " ".join(parts)


def number_to_words(n: int, british: bool = True, hyphen: bool = True) -> str:
    """British style: 1,234,567 -> 'one million two hundred and thirty-four thousand five
    hundred and sixty-seven'; 2,005 -> 'two thousand and five'. American style drops the
    `and`s; `hyphen=False` writes `thirty four`."""
    if n == 0:
        return "zero"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_below_thousand(millions, british, hyphen)} million")
    if thousands:
        parts.append(f"{_below_thousand(thousands, british, hyphen)} thousand")
    if units:
        words = _below_thousand(units, british, hyphen)
        if parts and units < 100 and british:
            words = "and " + words
        parts.append(words)
    return " ".join(parts)


def test_number_to_words_helper_itself():
    assert number_to_words(250) == "two hundred and fifty"
    assert number_to_words(2005) == "two thousand and five"
    assert number_to_words(1_234_567) == ("one million two hundred and thirty-four thousand "
                                          "five hundred and sixty-seven")
    assert number_to_words(90_000_013) == "ninety million and thirteen"
    assert number_to_words(1_234_567, british=False, hyphen=False) == (
        "one million two hundred thirty four thousand five hundred sixty seven")


# --- digits --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, what", [
    ("Commanders said 1,600 soldiers were killed in the assault on the bridgehead.", 1600, "soldier"),
    ("Commanders said 1 600 soldiers were killed in the assault on the bridgehead.", 1600, "soldier"),
    ("The general staff said 12,450 soldiers were killed near the canal.", 12450, "soldier"),
    ("The general staff said 1,250,000 soldiers were killed over the years of war.", 1250000, "soldier"),
    ("Medics said 7 civilians were killed when the shell hit the queue.", 7, "civilian"),
])
def test_digits_with_and_without_separators(sentence, value, what):
    f = only(sentence)
    assert (f.value, f.low, f.high, f.kind, f.what, f.approx) == (value, value, value, "killed", what, False)


def test_decimal_with_scale_word():
    f = only("The UN said 1.5 million people had fled the fighting in Khartoum.")
    assert (f.value, f.kind, f.what) == (1_500_000, "displaced", "person")


def test_figure_text_is_the_number_and_its_noun():
    f = only("Commanders said 1,600 soldiers were killed in the assault on the bridgehead.")
    assert f.text == "1,600 soldiers"


# --- money ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, code", [
    ("The European Union approved a package worth 21.3 billion dollars for Kyiv.", 21_300_000_000, "usd"),
    ("Washington has provided $21.3 billion in security assistance to Kyiv.", 21_300_000_000, "usd"),
    ("Washington pledged US$400 million in new aid to the Kyiv government.", 400_000_000, "usd"),
    ("The World Bank transferred USD 300 million to the Ukrainian budget.", 300_000_000, "usd"),
    ("Donors pledged 300 million USD for reconstruction.", 300_000_000, "usd"),
    ("Berlin announced a further €2.5 billion in military aid.", 2_500_000_000, "eur"),
    ("Brussels released 5 million euros for winter shelters.", 5_000_000, "eur"),
    ("London will provide £50 million for air defence.", 50_000_000, "gbp"),
    ("The city council allocated 12 million hryvnias to repair the bridge.", 12_000_000, "uah"),
])
def test_money_in_full_units_with_lower_case_code(sentence, value, code):
    f = only(sentence)
    assert (f.value, f.low, f.high, f.kind, f.what) == (value, value, value, "money", code)


def test_hedged_money():
    f = only("Washington has provided about $21.3 billion in security assistance to Kyiv.")
    assert (f.value, f.kind, f.what, f.approx, f.qualifier) == (21_300_000_000, "money", "usd", True, "about")


# --- number words --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Officials said three soldiers were killed when their trench was shelled.", 3),
    ("Officials said twenty-three soldiers were killed in the night assault.", 23),
    ("Officials said ninety-nine soldiers were killed in the night assault.", 99),
    ("The ministry said two hundred and fifty soldiers were killed near the river.", 250),
    ("The ministry said a dozen soldiers were killed near the river.", 12),
    ("The ministry said three dozen soldiers were killed near the river.", 36),
])
def test_number_words(sentence, value):
    f = only(sentence)
    assert (f.value, f.kind, f.what) == (value, "killed", "soldier")


def test_half_a_million_displaced():
    f = only("Aid agencies say half a million people have been displaced in Darfur.")
    assert (f.value, f.kind, f.what) == (500_000, "displaced", "person")


@pytest.mark.parametrize("words, value", [
    ("one", 1), ("eleven", 11), ("forty-two", 42), ("ninety nine", 99),
    ("two hundred and fifty", 250), ("a dozen", 12), ("three dozen", 36),
    ("half a million", 500_000), ("one hundred thousand", 100_000),
    ("two thousand and five", 2005),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize("words, value", [
    ("two hundred and fifty thousand", 250_000), ("one hundred and five", 105),
    ("a hundred", 100), ("twenty-five", 25), ("twenty five", 25), ("a thousand and five", 1005),
    ("a hundred and fifty", 150), ("one hundred five", 105), ("fifteen hundred", 1500),
    ("twenty-five hundred", 2500), ("half a dozen", 6), ("four score and seven", 87),
    ("ninety million and thirteen", 90_000_013), ("zero", 0),
])
def test_parse_number_words_reads_english_cardinals(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize("words", [
    "", "dozens", "several", "many",
    "five hundred and six hundred",  # `hundred` after a group that has its hundreds
    "five hundred six hundred", "two thousand three thousand",  # a scale not below the last
    "five thousand and six thousand", "one thousand and two hundred",  # `thousand and` ends it
    "five six", "twenty thirty", "fifteen five", "five and six",  # no unit after a unit
    "a dozen and twenty",  # after `dozen and` only less than a dozen
    "two thousand thousand", "five hundred hundred", "zero hundred",
])
def test_parse_number_words_rejects_what_is_not_one_cardinal(words):
    assert parse_number_words(words) is None


@pytest.mark.parametrize("words, first", [
    ("five hundred and six hundred", "five hundred"),  # the refused `hundred` takes its `six`
    ("five hundred six hundred", "five hundred"),
    ("two thousand three thousand", "two thousand"),
    ("five thousand six hundred seven thousand", "five thousand"),  # the scale takes its group
    ("one thousand six hundred and one thousand", "one thousand six hundred"),  # from its `and`
    ("five hundred thousand and six hundred thousand", "five hundred thousand"),
    ("one million and two million", "one million"),
    ("five six", "five"), ("twenty thirty", "twenty"),
    ("a dozen and twenty", "a dozen"),  # a refused word after `and` leaves the `and` out
    ("two thousand thousand", "two thousand"),
    ("two hundred and fifty thousand", "two hundred and fifty thousand"),  # one cardinal
])
def test_first_cardinal_of_a_run(words, first):
    value, length = figures._first_cardinal(tuple(words.split()))
    assert (length, value) == (len(first.split()), parse_number_words(first))


@pytest.mark.parametrize("sentence, raw", [
    ("Between five hundred and six hundred people fled Varnok.", "five hundred"),
    ("Between twenty-five and thirty people fled Varnok.", "twenty-five"),
    ("Some 500 people fled Varnok.", "500"),
    ("Some \u017fix people fled Varnok.", "\u017fix"),  # no cardinal read: left for the reading to drop
])
def test_one_cardinal_cuts_a_number_match(sentence, raw):
    m = figures._one_cardinal(figures._patterns().number.search(sentence))
    assert m.group() == raw


# --- a / an inside a list of counts ---------------------------------------------------------

def test_a_counts_one_inside_a_list_of_losses_verb_after():
    assert facts("The military said one aircraft, a helicopter and three tanks had been destroyed.") == [
        (1, 1, 1, "destroyed", "aircraft"),
        (1, 1, 1, "destroyed", "helicopter"),
        (3, 3, 3, "destroyed", "tank"),
    ]


def test_a_counts_one_inside_a_list_of_losses_verb_before():
    assert facts("Ukrainian gunners destroyed one aircraft, a helicopter and three tanks near Lyman.") == [
        (1, 1, 1, "destroyed", "aircraft"),
        (1, 1, 1, "destroyed", "helicopter"),
        (3, 3, 3, "destroyed", "tank"),
    ]


def test_an_counts_one_inside_a_list_of_losses():
    assert facts("Ukrainian gunners destroyed two tanks, an armoured vehicle and a helicopter near Lyman.") == [
        (2, 2, 2, "destroyed", "tank"),
        (1, 1, 1, "destroyed", "armoured vehicle"),
        (1, 1, 1, "destroyed", "helicopter"),
    ]


@pytest.mark.parametrize("sentence", [
    "A helicopter was destroyed near the airfield.",
    "The strike destroyed a tank and an ammunition depot.",
    "An official said the convoy had turned back.",
])
def test_a_alone_is_not_a_count(sentence):
    assert extract_figures(sentence) == []


# --- vague amounts -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Dozens of soldiers were killed in the clashes near the airport.",
    "Hundreds of civilians were wounded in the shelling.",
    "Thousands of people fled the city overnight.",
    "Tens of thousands of people have been displaced in Darfur.",
    "Several tanks were destroyed in the ambush.",
])
def test_vague_amounts_are_not_figures(sentence):
    assert extract_figures(sentence) == []


# --- ranges --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high, kind, what", [
    ("The town had a pre-war population of 70,000-80,000.", 70000, 80000, "population", "person"),
    ("Between 50 and 60 civilians were killed in the market strike.", 50, 60, "killed", "civilian"),
    ("The city once had 70,000 to 80,000 residents.", 70000, 80000, "population", "resident"),
])
def test_ranges_give_low_and_high(sentence, low, high, kind, what):
    f = only(sentence)
    assert (f.value, f.low, f.high, f.kind, f.what) == (None, low, high, kind, what)


def test_a_refused_range_leaves_the_first_number_as_written():
    # "3 to 1.5 million" falls when 3 takes the million, and 3 is no amount written out in
    # full: no range, and 3 stays 3 rather than 3 million.
    first = extract_figures("Some 3 to 1.5 million people fled the shelling.")[0]
    assert (first.value, first.low, first.high) == (3, 3, 3)


@pytest.mark.parametrize("sentence, code", [
    ("Donors pledged between $5 and $10 million for the shelters.", "usd"),
    ("Donors pledged $5-$10 million for the shelters.", "usd"),
    ("Donors pledged $5 - $10 million for the shelters.", "usd"),
    ("Donors pledged from $5 million to $10 million for the shelters.", "usd"),
    ("Donors pledged $5 million-$10 million for the shelters.", "usd"),
    ("Donors pledged $5m-$10m for the shelters.", "usd"),
    ("Donors pledged between US$5 and US$10 million for the shelters.", "usd"),
    ("Donors pledged between €5 and €10 million for the shelters.", "eur"),
    ("Donors pledged £5-£10 million for the shelters.", "gbp"),
    ("Donors pledged between USD 5 and USD 10 million for the shelters.", "usd"),
    ("Donors pledged EUR 5-EUR 10 million for the shelters.", "eur"),
    ("Donors pledged between 5 and 10 million euros for the shelters.", "eur"),
    ("Donors pledged between 5 and $10 million for the shelters.", "usd"),
])
def test_money_ranges_with_the_currency_on_both_numbers(sentence, code):
    # "$5-$10 million" is one amount, as "5-10 million dollars" is: $5 million to $10 million.
    f = only(sentence)
    assert (f.value, f.low, f.high, f.kind, f.what) == (None, 5_000_000, 10_000_000, "money", code)


def test_two_currencies_make_no_range():
    # "$5 and €10 million" are two amounts in two currencies, whatever `between` says.
    assert [(f.value, f.what) for f in extract_figures(
        "Donors pledged between $5 and €10 million for the shelters.")] == [(5, "usd"), (10_000_000, "eur")]


def test_a_currency_after_a_hyphen_is_read_when_no_range_forms():
    # "$10-$5 million" runs downwards: no range, but the second amount is still money.
    assert [(f.value, f.what) for f in extract_figures(
        "Donors pledged $10-$5 million for the shelters.")] == [(10, "usd"), (5_000_000, "usd")]


@pytest.mark.parametrize("after, currency, read, range_currency", [
    ("10 million", "usd", "10", "usd"),  # no sign: the first number's currency
    ("$10 million", "usd", "10", "usd"),
    ("USD 10 million", "usd", "10", "usd"),
    ("$10 million", None, "10", "usd"),  # the sign gives the range its currency
    ("€10 million", "usd", None, "usd"),  # another currency: no second number
    ("$ worth of aid", "usd", None, "usd"),  # a sign with no number
])
def test_range_second_reads_a_repeated_currency_sign(after, currency, read, range_currency):
    text = f"between $5 and {after}"
    second, got = figures._range_second(text, len("between $5 and "), currency)
    assert (second.group() if second else None, got) == (read, range_currency)


_PREFIXES = sorted(load_toml("figures.toml")["currency_prefix"].items())


@FAST
@given(a=st.integers(1, 998), step=st.integers(1, 500), prefix=st.sampled_from(_PREFIXES),
       shape=st.sampled_from(["between {s}{a} and {s}{b} million", "{s}{a}-{s}{b} million",
                              "from {s}{a} million to {s}{b} million", "{s}{a} million-{s}{b} million"]))
def test_property_a_money_range_is_one_figure(a, step, prefix, shape):
    sign, code = prefix
    s = sign.upper() + (" " if sign[-1].isalpha() else "")  # "USD 5", "$5"
    amount = shape.format(s=s, a=a, b=a + step)
    f = only(f"Donors pledged {amount} for the shelters.")
    assert (f.value, f.low, f.high, f.kind, f.what) == (None, a * 1e6, (a + step) * 1e6, "money", code)


def test_a_change_is_not_a_range():
    # "rose from 3 to 6": the toll moved; it is not a 3-6 range.
    assert all(f.value is not None for f in extract_figures("The death toll rose from 3 to 6 on Monday."))


# --- hedges --------------------------------------------------------------------------------

@pytest.mark.parametrize("hedge", [
    "more than", "over", "at least", "nearly", "about", "around", "up to", "close to",
    "as many as", "an estimated",
])
def test_hedges_set_approx_and_qualifier(hedge):
    sentence = f"{hedge.capitalize()} 800 soldiers were killed in the fighting for the mine."
    f = only(sentence)
    assert (f.value, f.kind, f.what, f.approx, f.qualifier) == (800, "killed", "soldier", True, hedge)


def test_exact_number_has_no_qualifier():
    f = only("Officials said 800 soldiers were killed in the fighting for the mine.")
    assert (f.approx, f.qualifier) == (False, None)


# --- not figures ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Russia launched its invasion on Feb. 24, citing threats to its security.",
    "The offensive began on 24 February after weeks of shelling.",
    "The offensive began on 5 January 2023 after weeks of shelling.",
    "Fighting has continued since 2014 in the east.",
    "The strike hit the market at 2.15pm local time.",
    "Air raid sirens sounded at 12 noon in the port.",
    "A 32-year-old volunteer was wounded by shrapnel.",
    "The 4th Brigade held its positions near the canal.",
    "France will send AMX-10 RC armoured vehicles to Kyiv.",
    "The army moved more S-300 systems to the south.",
    "A Su-25 jet crashed near the border.",
    "Berlin agreed to let Leopard 2 tanks be re-exported.",
    "Pilots are training on the F-16 in Denmark.",
    "The M142 launcher was moved to a new position.",
    "Shelling continued for 24 hours in the city.",
    "The war has raged for nearly 11 months.",
    "Missiles also struck two other cities - Kramatorsk and Sloviansk.",
    "Missiles also struck two other cities in Donetsk - Kramatorsk and Sloviansk.",
    "Russia does not fully control any of the four regions.",
])
def test_not_figures(sentence):
    assert extract_figures(sentence) == []


def test_age_beside_a_count_is_not_a_figure():
    assert facts("The strike killed a 32-year-old man and two children.") == [(2, 2, 2, "killed", "child")]


def test_model_number_is_not_counted_but_the_count_is():
    assert facts("Germany delivered 18 Leopard 2 tanks to Kyiv.") == [(18, 18, 18, "equipment", "tank")]


def test_date_beside_a_count_is_not_a_figure():
    assert facts("On 5 January 2023 the general staff said 800 soldiers were killed.") == [
        (800, 800, 800, "killed", "soldier")]


# --- kinds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The general staff said 800 soldiers were killed near the salt mine.", (800, "killed", "soldier")),
    ("Artillery fire hit the school, killing at least 20 people.", (20, "killed", "person")),
    ("The shelling of the market killed at least 20 civilians.", (20, "killed", "civilian")),
    ("The death toll rose to 18 on Tuesday, rescuers said.", (18, "killed", "person")),
    ("59 people were hospitalised after the missile strike.", (59, "wounded", "person")),
    ("Twelve soldiers were wounded in the clashes near the crossing.", (12, "wounded", "soldier")),
    ("The ministry said 40 soldiers were captured near the bridge.", (40, "captured", "soldier")),
    ("Five people were missing after the strike on the apartment block.", (5, "missing", "person")),
    ("Russian forces launched 16 attacks on the town.", (16, "attacks", "attack")),
    ("The army fired 200 shells at the town overnight.", (200, "attacks", "shell")),
    ("The air force said it intercepted 18 missiles.", (18, "intercepted", "missile")),
    ("The town had a pre-war population of 70,000.", (70000, "population", "person")),
    ("The fighting has left 1 million displaced across Sudan.", (1_000_000, "displaced", "person")),
    ("The column advanced 15 km towards the city.", (15, "distance", "km")),
    ("The column advanced 2.5 km along the railway.", (2.5, "distance", "km")),
    ("The front line moved 10 miles east.", (10, "distance", "mile")),
    ("Troops recaptured 450 square km of territory.", (450, "area", "km2")),
    ("London supplied 14 tanks to Kyiv.", (14, "equipment", "tank")),
    ("Washington has sent 38 HIMARS launchers to Kyiv.", (38, "equipment", "launcher")),
])
def test_kinds(sentence, expected):
    f = only(sentence)
    assert (f.value, f.kind, f.what) == expected


def test_shot_down_some_of_a_total():
    assert facts("The air force shot down 20 of 30 drones launched by Russia.") == [
        (20, 20, 20, "intercepted", "drone"),
        (30, 30, 30, "attacks", "drone"),
    ]


def test_killed_and_wounded_others_are_people():
    assert facts("The shelling killed 7 and wounded 17 others.") == [
        (7, 7, 7, "killed", "person"),
        (17, 17, 17, "wounded", "person"),
    ]


def test_evacuated_residents_are_displaced():
    f = only("Officials said 300 residents were evacuated from the town.")
    assert (f.value, f.kind) == (300, "displaced")


def test_abrams_tanks_count_tanks():
    f = only("Washington will send 31 Abrams tanks to Kyiv.")
    assert (f.value, f.kind, f.what) == (31, "equipment", "tank")


def test_elliptical_second_count_keeps_the_noun():
    # "... 710 soldiers ... and 110,250 since the start": both count soldiers.
    assert facts("The ministry said 710 soldiers were killed in the past day and 110,250 "
                 "since the start of the invasion.") == [
        (710, 710, 710, "killed", "soldier"),
        (110250, 110250, 110250, "killed", "soldier"),
    ]


# --- actor and period ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, actor", [
    ("The general staff said 800 Russian soldiers were killed near the salt mine.", "Russia"),
    ("The ministry said 40 Ukrainian soldiers were captured near the bridge.", "Ukraine"),
    ("Twelve Israeli soldiers were wounded in the clashes.", "Israel"),
])
def test_actor_from_demonym(sentence, actor):
    assert only(sentence).actor == actor


def test_no_actor_without_a_demonym():
    assert only("Medics said 7 civilians were killed when the shell hit the queue.").actor is None


@pytest.mark.parametrize("sentence, period", [
    ("The ministry said 710 soldiers were killed in the past day.", "daily"),
    ("The ministry said 710 soldiers were killed over the past 24 hours.", "daily"),
    ("Russia has lost 110,000 soldiers since the start of the invasion.", "cumulative"),
    ("Ukraine has received 500 tanks so far.", "cumulative"),
    ("Medics said 7 civilians were killed when the shell hit the queue.", None),
])
def test_period(sentence, period):
    assert only(sentence).period == period


def test_daily_and_cumulative_in_one_sentence():
    figures = extract_figures("The ministry said 710 soldiers were killed in the past day and 110,250 "
                              "since the start of the invasion.")
    assert [(f.value, f.period) for f in figures] == [(710, "daily"), (110250, "cumulative")]


# --- properties ----------------------------------------------------------------------------

def _with_commas(n: int) -> str:
    return f"{n:,}"


@FAST
@given(n=st.integers(0, 999_999_999).filter(lambda n: not 1800 <= n <= 2100), commas=st.booleans())
def test_property_digits_parse_back(n, commas):
    text = _with_commas(n) if commas else str(n)
    figures = extract_figures(f"{text} soldiers were killed")
    assert [(f.value, f.kind, f.what) for f in figures] == [(n, "killed", "soldier")]


@FAST
@given(n=st.integers(1800, 2100))
def test_property_year_like_counts_parse_back(n):
    figures = extract_figures(f"{n} soldiers were killed")
    assert [(f.value, f.kind, f.what) for f in figures] == [(n, "killed", "soldier")]


@FAST
@given(n=st.integers(1800, 2100))
def test_property_year_like_counts_with_comma_parse_back(n):
    figures = extract_figures(f"{n:,} soldiers were killed")
    assert [(f.value, f.kind, f.what) for f in figures] == [(n, "killed", "soldier")]


@FAST
@given(n=st.integers(0, 999_999_999), british=st.booleans(), hyphen=st.booleans())
def test_property_words_parse_back(n, british, hyphen):
    words = number_to_words(n, british, hyphen)
    assert parse_number_words(words) == n
    figures = extract_figures(f"{words} soldiers were killed")
    assert [(f.value, f.kind, f.what) for f in figures] == [(n, "killed", "soldier")]


@FAST
@given(n=st.integers(1, 999_999_999))
def test_property_a_leading_one_written_a_parses_back(n):
    words = number_to_words(n)
    if not words.startswith(("one hundred", "one thousand", "one million")):
        return
    assert parse_number_words("a" + words[len("one"):]) == n


@FAST
@given(a=st.integers(1, 999_999_999), b=st.integers(1, 999_999_999), british=st.booleans())
def test_property_a_run_of_two_numbers_starts_with_a_cardinal(a, b, british):
    # Whatever follows a cardinal, the run's first cardinal is a number of its own words.
    first, second = (regex.split(r"[\s-]+", number_to_words(n, british)) for n in (a, b))
    words = first + ["and"] + second
    value, length = figures._first_cardinal(tuple(words))
    assert length >= len(first) and parse_number_words(" ".join(words[:length])) == value


@pytest.mark.parametrize("sentence, low, high", [
    ("Between five hundred and one thousand people were killed in Varnok.", 500, 1000),
    ("Between one hundred and one thousand people fled Varnok.", 100, 1000),
    ("Donors gave between five hundred and one thousand dollars to Varnok.", 500, 1000),
    ("Between two hundred and fifty and three hundred people fled Varnok.", 250, 300),
    ("Between five hundred and six hundred people fled Varnok.", 500, 600),
])
def test_between_words_joined_by_and_make_a_range(sentence, low, high):
    # "five hundred and one thousand" alone is 501,000; after `between` the `and` separates.
    f = only(sentence)
    assert (f.value, f.low, f.high) == (None, low, high)


@pytest.mark.parametrize("sentence, value", [
    ("Five hundred and one thousand people fled Varnok.", 501_000),  # no `between`: one cardinal
    ("Between five hundred and one people fled Varnok.", 501),  # 500 to 1 is no range
])
def test_and_inside_one_cardinal_stays_without_a_range(sentence, value):
    assert only(sentence).value == value


def test_before_last_and_cuts_the_words():
    m = figures._patterns().number.search("between one thousand and five hundred and one thousand")
    assert figures._before_last_and(m).group() == "one thousand and five hundred"


@FAST
@given(n=st.integers(1, 999), gap=st.integers(1, 999), british=st.booleans(), hyphen=st.booleans())
def test_property_between_n_and_m_words_is_a_range(n, gap, british, hyphen):
    """`between five and six hundred` shares the scale (500-600), as a single digit before a
    round hundred or thousand reads; any other pair is as written."""
    m = min(n + gap, 1000)
    low, high = (number_to_words(x, british, hyphen) for x in (n, m))
    f = only(f"Between {low} and {high} people were killed in Varnok.")
    scale = 1000 if m % 1000 == 0 else 100 if m % 100 == 0 else None  # the scale word of m
    shared = n < 10 and scale is not None and n * scale < m
    assert (f.value, f.low, f.high, f.kind) == (None, n * scale if shared else n, m, "killed")


_DATE_STYLES = [
    lambda d: f"on {d.day} {d:%B} {d.year}",
    lambda d: f"on {d:%b}. {d.day}, {d.year}",
    lambda d: f"on {d:%B} {d.day}, {d.year}",
    lambda d: f"on {d.day} {d:%B}",
    lambda d: f"on {d:%b}. {d.day}",
    lambda d: f"in {d.year}",
    lambda d: f"since {d.year}",
]


@FAST
@given(d=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
       style=st.sampled_from(range(len(_DATE_STYLES))))
def test_property_no_figure_from_a_date(d, style):
    phrase = _DATE_STYLES[style](d)
    assert extract_figures(f"The offensive began {phrase}, officials said.") == []


@FAST
@given(year=st.integers(1900, 2099))
def test_property_no_figure_from_a_year_alone(year):
    assert extract_figures(f"Fighting resumed in the region in {year}.") == []
    assert extract_figures(f"The {year} offensive stalled near the river.") == []


@FAST
@given(st.text())
def test_property_never_raises(text):
    figures = extract_figures(text)
    assert isinstance(figures, list)


# --- the fast paths find exactly what the patterns find -------------------------------------

def _lexicon_words() -> list[str]:
    lex = figures._lexicon()
    hedges = load_toml("numbers.toml")["hedges"]
    return sorted({*lex.cue_kinds, *lex.periods, *lex.units, *lex.scales, *lex.groups,
                   *lex.scale_abbreviations, *lex.currency_suffix, *lex.measure_units,
                   *lex.not_figures["before"], *lex.not_figures["durations"], *hedges["before"],
                   *hedges["after"]})


_PIECES = st.one_of(
    st.sampled_from(_lexicon_words()),
    st.sampled_from(["the", "soldiers", "were", "village", "half", "a", "an", "and", "since",
                     "January", "about", "more than", "Leopard", "x", "killedx", "re-"]),
    st.integers(0, 3_000_000).map(lambda n: f"{n:,}" if n % 2 else str(n)),
    st.sampled_from(["é", "ſix", "K", "\u00a0"]),  # text past ASCII takes the slow path
)
_GLUE = st.sampled_from([" ", " ", " ", "  ", "-", ", ", " - ", "; ", "(", ") ", "/", "", "\n"])
_CASE = st.sampled_from([str, str, str.upper, str.title])


@st.composite
def invented_sentences(draw) -> str:
    """Sentences made of lexicon phrases, numbers and glue, in any case: what the scanners'
    shortcuts must never miss."""
    parts = draw(st.lists(st.tuples(_PIECES, _GLUE, _CASE), max_size=14))
    return "".join(case(piece) + glue for piece, glue, case in parts)


def _scanners() -> dict:
    p = figures._patterns()
    return {"numbers": p.numbers, "cue": p.cue, "period": p.period, "since_date": p.since_date}


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), name=st.sampled_from(["numbers", "cue", "period", "since_date"]),
       pos=st.integers(0, 200), length=st.integers(0, 400))
def test_property_scanner_finds_what_its_whole_pattern_finds(text, name, pos, length):
    scanner = _scanners()[name]
    figures._forget_sentence()
    expected = [m.span() for m in scanner.whole.finditer(text, pos, pos + length)]
    assert [m.span() for m in scanner.finditer(text, pos, pos + length)] == expected


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences())
def test_property_precheck_never_drops_a_number(text):
    if not figures._may_hold_a_number(text):
        assert figures._patterns().number.search(text) is None
        assert extract_figures(text) == []


@FAST
@given(n=st.integers(0, 999_999), filler=st.sampled_from(["", "Shelling went on. ", "In all, "]))
def test_property_precheck_keeps_every_count(n, filler):
    for number in (str(n), number_to_words(n), number_to_words(n).upper()):
        assert figures._may_hold_a_number(f"{filler}{number} soldiers were killed")


def test_precheck_drops_a_sentence_without_numbers():
    assert not figures._may_hold_a_number("Shelling went on through the night, officials said.")
    assert not figures._may_hold_a_number("Someone often attended.")  # `one`, `ten` inside words
    assert figures._may_hold_a_number("Ten people were hurt.")
    assert figures._may_hold_a_number("Schäden: drei")  # not ASCII: no shortcut


@settings(max_examples=300, deadline=None)
@given(text=invented_sentences(), end=st.integers(0, 200), width=st.integers(0, 60))
def test_property_reversed_hedge_pattern_agrees(text, end, width):
    p = figures._patterns()
    start = max(0, end - width)
    assert bool(p.hedge_before_reversed.search(text, start, end)) == bool(p.hedge_before.search(text, start, end))


@settings(max_examples=300, deadline=None)
@given(text=invented_sentences(), end=st.integers(0, 200), width=st.integers(0, 30))
def test_property_backward_id_pattern_matches_where_forward_does(text, end, width):
    id_before = figures._patterns().id_before
    forward = regex.compile(id_before.pattern, id_before.flags & ~regex.REVERSE)
    start = max(0, end - width)
    assert bool(id_before.search(text, start, end)) == bool(forward.search(text, start, end))


def test_identifier_before_a_number_is_found_backwards():
    text = "Under Article 5 and resolution no. 12, 40 troops left"
    assert figures._patterns().id_before.search(text, 0, text.index("5"))
    assert figures._patterns().id_before.search(text, 0, text.index("12"))
    assert not figures._patterns().id_before.search(text, 0, text.index("40"))


@settings(max_examples=300, deadline=None)
@given(text=invented_sentences())
def test_property_no_count_after_is_any_of_its_parts(text):
    parts = [figures._HYPHEN_WORD, figures._SLASH_NUMBER, figures._UNIT_NAME_AFTER, figures._PHONE_GROUPS]
    any_part = any(part.match(text) for part in parts)
    assert bool(figures._NO_COUNT_AFTER_WORDS.match(text)) == any_part
    assert bool(figures._NO_COUNT_AFTER_DIGITS.match(text)) == (any_part or bool(figures._LETTER.match(text)))


def test_scanner_reads_a_word_cut_by_the_window_as_the_window_shows_it():
    text = "the troops purchased tanks"
    end = text.index("purchased") + len("purchase")
    cue = figures._patterns().cue
    figures._forget_sentence()
    assert [m.group() for m in cue.finditer(text, 0, end)] == ["purchase"]
    assert figures._cut_word(text, end) == (text.index("purchased"), "purchase")
    assert figures._cut_word(text, text.index(" tanks")) is None  # not inside a word


def test_first_word_of_a_phrase():
    assert figures._first_word("Shot down") == "shot"
    assert figures._first_word("anti-aircraft") == "anti"
    assert figures._first_word("€") is None
    assert figures._first_word("café") is None  # its first word goes past ASCII


def test_number_words_need_an_ascii_word_each():
    assert figures._number_words(["one", "twenty-one"]) == frozenset({"one", "twenty"})
    assert figures._number_words(["one", "ünf"]) is None


def test_word_starts_lists_first_words_and_digits():
    figures._forget_sentence()
    text = "Over the past day, 12 drones were shot down"
    found = figures._word_starts(text)
    assert (text.index("past"), "past") in found
    assert (text.index("12"), "1") in found and (text.index("12") + 1, "2") in found
    assert (text.index("shot"), "shot") in found
    assert all(word != "drones" for _, word in found)
    assert figures._word_starts("Über 12") is None


def test_per_sentence_remembers_only_the_latest_sentence():
    calls = []

    @figures._per_sentence
    def length_after(text: str, pos: int) -> int:
        calls.append(pos)
        return len(text) - pos

    first, second = "five soldiers", "".join(["five ", "soldiers"])
    assert length_after(first, 1) == length_after(first, 1) == 12
    assert calls == [1]
    assert length_after(second, 1) == 12  # an equal but other sentence is not the latest
    assert calls == [1, 1]
    figures._forget_sentence()
    length_after(second, 1)
    assert calls == [1, 1, 1]
    figures._LATEST.pop()  # the test's function leaves no memo behind


def test_cues_around_a_number_with_their_distances():
    figures._forget_sentence()
    text = "Shelling killed at least 5 civilians and wounded 3 more on Monday"
    start = text.index("at least")
    right_from = text.index(" and")
    left, right, right_end = figures._cues_around(text, start, right_from)
    assert [(distance, sorted(kinds)) for distance, kinds, _ in left] == [(1, ["attacks"]), (0, ["killed"])]
    assert right == []  # `wounded 3 more`: the verb of another count, and what lies past it
    assert right_end == len(text)
    figures._forget_sentence()
    text = "Shelling killed at least 5 civilians and wounded others on Monday"
    _, right, _ = figures._cues_around(text, text.index("at least"), text.index(" and"))
    assert [(distance, sorted(kinds)) for distance, kinds, _ in right][:1] == [(1, ["wounded"])]


# --- shillings, currency codes glued to their digits, and a scale word whose digits were lost ------------------------------------------

@pytest.mark.parametrize("sentence, value, code", [
    ("The treasury released Sh3.5 billion in emergency aid for displaced families.", 3_500_000_000, "shilling"),
    ("The county spent Sh 240 million on shelters after the floods.", 240_000_000, "shilling"),
    ("Nairobi pledged KSh2.1 billion to the relief fund for the Garissa camps.", 2_100_000_000, "kes"),
    ("Kampala approved USh45 billion for the return of families to Kasese.", 45_000_000_000, "ugx"),
    ("Dodoma set aside TSh 800 million for refugees crossing from Burundi.", 800_000_000, "tzs"),
    ("The district received 600 million shillings for the victims of the raid.", 600_000_000, "shilling"),
    ("Traders lost 90 million Ugandan shillings in the looting of the market.", 90_000_000, "ugx"),
    ("The ministry allocated Shs12 billion to rebuild the bombed clinics.", 12_000_000_000, "shilling"),
    ("The fund paid Rs2.5 billion to the families of those killed in the blast.", 2_500_000_000, "inr"),
    ("Aid agencies asked for USD40 million to feed families in Tigray.", 40_000_000, "usd"),
])
def test_shillings_are_money(sentence, value, code):
    f = only(sentence)
    assert (f.value, f.kind, f.what) == (value, "money", code)


@pytest.mark.parametrize("sentence", [
    "The strikes that killed civilians caused damage worth Zk4.2 billion, officials said.",
    "The cabinet approved GHc1.8 million for the families displaced by the clashes.",
    "Militias were paid Xq5 million to free the captured soldiers.",
])
def test_a_scale_word_after_lost_digits_is_no_figure(sentence):
    # an unknown currency glued to its digits: better no figure than a bare `billion` of 1e9
    assert extract_figures(sentence) == []


_LETTER_CODES = sorted((sign, code) for sign, code in _PREFIXES if sign.isalpha())


@FAST
@given(a=st.integers(1, 999), prefix=st.sampled_from(_LETTER_CODES), case=st.sampled_from([str.upper, str.title]))
def test_property_a_glued_currency_code_reads_as_a_spaced_one(a, prefix, case):
    sign, code = prefix
    glued = only(f"Donors pledged {case(sign)}{a} million for the shelters.")
    spaced = only(f"Donors pledged {case(sign)} {a} million for the shelters.")
    assert (glued.value, glued.kind, glued.what) == (spaced.value, spaced.kind, spaced.what) == (a * 1e6, "money", code)


@pytest.mark.parametrize("text, lost", [
    ("worth Zk4.2 billion", True), ("worth Zk4.2  billion", True), ("a billion", False),
    ("worth billion", False), ("2", False),
])
def test_digits_lost_before(text, lost):
    assert figures._digits_lost_before(text, text.rfind(" ") + 1 if " " in text else 0) is lost


@pytest.mark.parametrize("sentence", ["The A380 landed.", "The T72 tank burned.", "The xsh5 code"])
def test_a_letter_glued_number_that_is_no_currency_is_still_refused(sentence):
    assert all(f.kind != "money" for f in extract_figures(sentence))


# --- a place or trade before the counted noun is no fate ---------------------------------------

@pytest.mark.parametrize("sentence, kind, what", [
    ("Some 12 hospital staff were evacuated from the clinic in Khartoum North.", "displaced", "staff"),
    ("At least 25 hospital employees walked out in Omdurman on Sunday.", "other", "employee"),
    ("Eight evacuation workers were killed when their convoy was hit near Sennar.", "killed", "worker"),
    ("Four hospital guards were abducted by gunmen in Zamfara overnight.", "captured", "guard"),
    ("Fourteen people were hospitalised after the drone struck the market in Kassala.", "wounded", "person"),
    ("Nine people were taken to hospital after the car bomb in Mogadishu.", "wounded", "person"),
    ("Eleven wounded soldiers were flown out of Sittwe.", "wounded", "soldier"),
])
def test_a_place_or_trade_in_the_noun_phrase_does_not_type_the_figure(sentence, kind, what):
    f = only(sentence)
    assert (f.kind, f.what) == (kind, what)


# --- the side of a figure: a country's people, not an organisation named after a region ---------

@pytest.mark.parametrize("sentence, actor", [
    ("About 15,000 African Union troops remain deployed in Somalia.", None),
    ("Some 4,000 European Union monitors patrol the line near Gori.", None),
    ("Nearly 2,000 East African Community troops arrived in Goma last month.", None),
    ("Some 160 Arab League observers left Homs on Friday.", None),
    ("About 1,300 South African troops serve with the mission in Congo.", "South Africa"),
    ("Some 300 Central African soldiers were killed near Bangui.", "Central African Republic"),
    ("About 800 Kenyan police officers landed in Port-au-Prince.", "Kenya"),
    ("At least 40 African migrants drowned off Lampedusa.", "Africa"),
])
def test_the_side_is_a_peoples_not_an_organisations(sentence, actor):
    assert only(sentence).actor == actor


@pytest.mark.parametrize("words, country", [
    (("African", "Union", "troops"), None), (("East", "African", "Community", "troops"), None),
    (("European", "Union", "Russian", "observers"), "Russia"),  # past the name, a people again
    (("South", "African", "troops"), "South Africa"), (("African", "troops"), "Africa"), ((), None),
])
def test_side_in_noun_words(words, country):
    assert figures._side_in_noun_words(words) == country
    assert figures._organisation_length(["african", "union"], 0) == 2
    assert figures._organisation_length(["african", "troops"], 0) == 0


# --- trapped, stranded, besieged: where they are is known, so not missing --------------------

@pytest.mark.parametrize("sentence, kind, what, period", [
    ("More than 2,000 civilians are trapped in the besieged town of Kadugli, which has been "
     "besieged since April.", "population", "civilian", None),
    ("Nearly 900 migrants were stranded in the desert near Agadez.", "population", "migrant", None),
    ("Some 30,000 families are besieged in Dilling, aid groups said.", "population", "family", None),
    ("About 60,000 people have been encircled in the camp since March.", "population", "person", None),
    ("At least 12 people are trapped under the rubble in Khan Younis.", "missing", "person", None),
    ("Eight people are still buried under the debris in the old city of Taiz.", "missing", "person", None),
    ("Some 3,000 people have gone missing since April, the Red Crescent said.", "missing", "person", "cumulative"),
    ("About 400,000 people have fled Wad Madani since December.", "displaced", "person", "cumulative"),
])
def test_trapped_people_are_a_population_not_missing(sentence, kind, what, period):
    f = only(sentence)
    assert (f.kind, f.what, f.period) == (kind, what, period)


# --- shot: a casualty for people, a downing for aircraft and munitions ---------------------------

@pytest.mark.parametrize("sentence, kind, what", [
    ("The Houthis said 41 drones were shot down over Hodeidah.", "intercepted", "drone"),
    ("Air defences shot down 14 Shahed drones overnight.", "intercepted", "drone"),
    ("Rebels shot down two army helicopters near Lashio.", "destroyed", "helicopter"),
    ("Insurgents brought down three military aircraft near Gao.", "destroyed", "aircraft"),
    ("The junta said the 12 shot down aircraft belonged to the resistance.", "destroyed", "aircraft"),
    ("Two pilots were shot down over the Sahel last week.", "other", "pilot"),
    ("Three soldiers were shot at a checkpoint in Kidal.", "casualties", "soldier"),
    ("Police shot dead 30 protesters in Mandalay on Saturday.", "killed", "protester"),
    ("Witnesses said 30 were shot dead at the checkpoint.", "killed", "person"),
    ("Five villagers were shot and killed by militiamen near Bunia.", "killed", "villager"),
    ("Four teenagers were shot and wounded in Jenin overnight.", "wounded", "teenager"),
    ("Nine men were gunned down outside a mosque in Maiduguri.", "killed", "man"),
    ("Militiamen shot 7 worshippers outside a church in Benue.", "casualties", "worshipper"),
    ("Twelve houses were brought down by the shelling in Dilling.", "destroyed", "house"),
])
def test_shot_types_people_as_casualties_and_shot_down_never_kills(sentence, kind, what):
    f = only(sentence)
    assert (f.kind, f.what) == (kind, what)


def test_cue_phrase_at():
    figures._forget_sentence()
    text = "the 12 shot down aircraft and 740 crossed into Chad"
    assert figures._cue_phrase_at(text, text.index("shot"), "shot").group() == "shot down"
    assert figures._cue_phrase_at(text, text.index("crossed"), "crossed").group() == "crossed into"
    assert figures._cue_phrase_at(text, text.index("aircraft"), "aircraft") is None
    assert figures._cue_phrase_at("Chad", 0, "chad") is None


@pytest.mark.parametrize("word, invariant", [
    ("aircraft", True), ("personnel", True), ("staff", True), ("soldiers", False), ("sheep", False),
])
def test_invariant_plurals(word, invariant):
    assert (word in figures._invariant_plurals()) is invariant  # sheep: no counted noun here


@pytest.mark.parametrize("sentence, what", [
    ("Officials said the 12 aircraft belonged to a private airline in Juba.", "aircraft"),
    ("About 300 personnel returned to the base in Gao.", "personnel"),
    ("Some 40 aircraft carriers and frigates sailed.", "carrier"),
])
def test_an_invariant_plural_ends_the_counted_noun(sentence, what):
    assert only(sentence).what == what


# --- `the strike` names the event: it counts no attacks ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The death toll from the strike rose to 45, including 12 women and 9 children.",
     [("killed", 45, "person"), ("killed", 12, "woman"), ("killed", 9, "child")]),
    ("The toll from the attack on the market in Kabkabiya climbed to 31.", [("killed", 31, "person")]),
    ("The death toll in the strike on the school in Nuseirat has risen to 22, medics said.",
     [("killed", 22, "person")]),
    ("Medics said the toll from the shelling of the camp reached 17.", [("killed", 17, "person")]),
    ("The militia launched 14 attacks on the town in a week.", [("attacks", 14, "attack")]),
    ("The raid, the third this month, involved 12 drones.", [("attacks", 12, "drone")]),
    ("Rebels said they carried out 9 strikes on army positions near Lashio.", [("attacks", 9, "strike")]),
])
def test_an_attack_named_with_a_determiner_types_no_count(sentence, expected):
    assert [(f.kind, f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("phrase, noun", [("strike", True), ("Strikes", True), ("air  raid", True),
                                          ("killed", False), ("launched", False)])
def test_is_attack_noun(phrase, noun):
    assert figures._is_attack_noun(phrase) is noun


def test_tally_risen_to_reaches_past_the_window_only_for_an_update():
    far = "The death toll in the strike on the school in the old town of Nuseirat has risen to 22"
    figures._forget_sentence()
    q = figures._Quantity(far.index("22"), far.index("22") + 2, 22, 22, False)
    left, _, _ = figures._cues_around(far, q.start, q.end)
    assert figures._tally_risen_to(far, q, left, figures._CLASS_KINDS[None])[1] == "killed"
    still = far.replace("has risen to", "stood at")
    figures._forget_sentence()
    q = figures._Quantity(still.index("22"), still.index("22") + 2, 22, 22, False)
    left, _, _ = figures._cues_around(still, q.start, q.end)
    assert figures._tally_risen_to(still, q, left, figures._CLASS_KINDS[None]) is None


@pytest.mark.parametrize("sentence, kind", [
    ("The death toll in the town of Nuseirat rose to 22.", "killed"),
    ("Medics said the toll in the city of Wad Madani had climbed to 41.", "killed"),
    ("Kadugli, a town of 300,000 people, has been cut off for months.", "population"),
    ("Shelling hit Dilling, a city of some 80,000 people, on Sunday.", "population"),
])
def test_town_of_is_a_population_only_right_before_its_number(sentence, kind):
    assert only(sentence).kind == kind


def test_types_only_the_next_number():
    assert figures._types_only_the_next_number("Town  of")
    assert not figures._types_only_the_next_number("population")


# --- the doers of a deed are not its victims -----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 200 RSF fighters killed at least 40 villagers in Wad al-Noura.",
     [("other", 200, "fighter"), ("killed", 40, "villager")]),
    ("Three gunmen abducted 20 passengers on the road to Kaduna.",
     [("other", 3, "gunman"), ("captured", 20, "passenger")]),
    ("Two suicide bombers killed at least 32 people at a market in Maiduguri.",
     [("other", 2, "suicide bomber"), ("killed", 32, "person")]),
    ("12 soldiers killed, 30 wounded.", [("killed", 12, "soldier"), ("wounded", 30, "soldier")]),
    ("3 killed 2 wounded in the blast", [("killed", 3, "person"), ("wounded", 2, "person")]),
    ("Four soldiers killed 3 days ago were buried in Gao.", [("killed", 4, "soldier")]),
    ("Five soldiers were killed 2 km from the base.", [("killed", 5, "soldier"), ("distance", 2, "km")]),
])
def test_a_count_that_does_the_deed_to_another_count_is_not_its_victim(sentence, expected):
    assert [(f.kind, f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("text, deed", [
    ("200 fighters killed at least 40 villagers", True), ("3 gunmen seized 20", True),
    ("12 soldiers killed, 30 wounded", False), ("4 soldiers killed 3 days ago", False),
    ("4 soldiers killed in Gao", False),
])
def test_deed_done_to_a_count(text, deed):
    figures._forget_sentence()
    noun_end = text.index(" ", text.index(" ") + 1)
    assert figures._deed_done_to_a_count(text, noun_end) is deed


# --- a force is no population ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("About 15,000 African Union troops remain deployed in Somalia.", "other"),
    ("Some 400 fighters remained in the old city of Marawi.", "other"),
    ("Around 2,000 mercenaries are stationed near Bamako.", "other"),
    ("About 3,000 civilians remain in the town, aid workers said.", "population"),
    ("Nearly 900 migrants were stranded in the desert near Agadez.", "population"),
])
def test_a_force_is_no_population(sentence, kind):
    assert only(sentence).kind == kind


@pytest.mark.parametrize("sentence, value, code", [
    ("Riyadh deposited 1 billion riyals in the central bank in Aden.", 1e9, "riyal"),
    ("The council paid 300 million dinars to families of the victims in Derna.", 3e8, "dinar"),
    ("Tehran said the strikes caused damage of 40 trillion rials.", 4e13, "rial"),
    ("Kuwait gave 20 million Iraqi dinars to the camps.", 2e7, "iqd"),
])
def test_plain_riyals_dinars_and_rials_are_money(sentence, value, code):
    f = only(sentence)
    assert (f.kind, f.value, f.what) == ("money", value, code)


def test_crew_members_are_counted_as_crew_members():
    f = only("The rebels seized the tanker and its 25 crew members off Hodeidah.")
    assert (f.kind, f.what) == ("captured", "crew member")


# --- a scaled amount is the amount as written ----------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("The plan for Kora province requires US$4.1 billion this year.", 4_100_000_000, 4_100_000_000),
    ("The agency appealed for $1.1bn to feed the Dalen valley.", 1_100_000_000, 1_100_000_000),
    ("Donors pledged between 1.1 and 4.1 billion dollars for the reconstruction of Mirva.",
     1_100_000_000, 4_100_000_000),
])
def test_scaled_money_is_exact(sentence, low, high):
    f = only(sentence)
    assert (f.low, f.high) == (low, high)


@FAST
@given(tenths=st.integers(1, 9999), scale=st.sampled_from([("million", 10**6), ("billion", 10**9)]))
def test_property_a_decimal_times_its_scale_is_exact(tenths, scale):
    word, factor = scale
    f = only(f"The ministry said it needs ${tenths / 10} {word} for the Kora district.")
    assert f.value == tenths * factor // 10


# --- a deed done to held or uprooted people is their figure's kind ------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Five hostages were killed in the strike on the Kora tunnels, the group said.", "killed"),
    ("The army said 17 prisoners died in custody in Mirva.", "killed"),
    ("Twelve refugees were wounded when the Dalen camp was shelled.", "wounded"),
    ("The rebels released 90 prisoners in exchange for the pilot.", "other"),
    ("About 40 detainees were released from Kora prison on Tuesday.", "other"),
    ("Gunmen abducted pupils in Mirva; 12 hostages were later freed.", "other"),
    ("At least 300 prisoners escaped from the Kora jail after the assault.", "other"),
    ("Gunmen stormed the prison in Dalen, freeing 500 inmates.", "other"),
    # no deed near: the noun's own kind
    ("The militia still holds 100 hostages in the hills above Kora.", "captured"),
    ("About 2,000 refugees crossed into Chad on Sunday.", "displaced"),
    ("Militants captured 12 prisoners near Kora.", "captured"),
])
def test_a_deed_done_to_held_people_types_them(sentence, kind):
    assert only(sentence).kind == kind


def test_a_deed_farther_off_types_another_count():
    assert facts("The army killed 30 fighters near Kora and took 12 prisoners.") == [
        (30, 30, 30, "killed", "fighter"), (12, 12, 12, "captured", "prisoner")]


# --- since an event: a running total --------------------------------------------------------------

@pytest.mark.parametrize("sentence, period", [
    ("Since the 2021 coup, the army has killed 6,000 civilians in Kora state.", "cumulative"),
    ("Since early 2023, 12,000 people have been killed in the Dalen region.", "cumulative"),
    ("Nearly 200 civilians have been killed in Mirva since the offensive began.", "cumulative"),
    ("Some 700,000 people have been displaced since fighting erupted in the Kora hills.", "cumulative"),
    ("The junta has detained 25,000 people since it seized power.", "cumulative"),
    ("Monitors recorded 300 violations since the truce took effect.", "cumulative"),
    ("The militia has abducted 90 people since the takeover of Dalen.", "cumulative"),
    # `since` for `because`, with no event or start
    ("The ministry said 45 people were killed, since the hospital was hit twice.", None),
])
def test_since_an_event_is_a_running_total(sentence, period):
    assert only(sentence).period == period


# --- a place of N people: a population -----------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("The fighting threatens a metropolitan area of more than 5 million people.", "population"),
    ("The village of 3,000 inhabitants near Kora was burned.", "population"),
    ("Dalen, a country of 48 million, faces famine.", "population"),
    ("Jets struck the enclave of 2.3 million people overnight.", "population"),
    ("Gunmen raided a camp of 40,000 people outside Mirva.", "population"),
    # a place word only types the number right after it
    ("The death toll in the district of Kora rose to 45.", "killed"),
    ("The state of Kora has lost 12 soldiers in the area of Dalen.", "casualties"),
])
def test_a_place_of_n_people_is_a_population(sentence, kind):
    assert only(sentence).kind == kind


def test_in_the_region_of_is_a_hedge():
    f = only("In the region of 200 fighters were killed in the assault on Kora.")
    assert (f.kind, f.approx, f.qualifier) == ("killed", True, "in the region of")


# --- how often: a number of attacks, or nothing ---------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("The hospital in Kora has been attacked 45 times since April.", 45),
    ("The convoy was shelled on 3 occasions near Dalen.", 3),
    ("Drones struck Mirva three times overnight.", 3),
    ("Gunmen shelled Kora 12 times in a week.", 12),
])
def test_times_attacked_count_attacks(sentence, value):
    f = only(sentence)
    assert (f.value, f.kind, f.what) == (value, "attacks", "attack")


@pytest.mark.parametrize("sentence", [
    "Bread prices in Kora have risen five times since the siege began.",
    "There are three times as many displaced people in Dalen as last year.",
    "The envoy visited Mirva 4 times this year.",
])
def test_times_of_anything_else_are_no_figure(sentence):
    assert extract_figures(sentence) == []


# --- an army communiqué: losses, neutralised, recovered -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The regiment reported the loss of 7 soldiers and 3 volunteers near Kora.",
     [(7, "killed", "soldier"), (3, "killed", "volunteer")]),
    ("The battalion suffered the loss of 3 tanks and 2 armoured vehicles.",
     [(3, "destroyed", "tank"), (2, "destroyed", "armoured vehicle")]),
    ("The operation near Dalen led to the neutralisation of 30 terrorists.", [(30, "killed", "terrorist")]),
    ("The army neutralised 15 terrorists and recovered 20 motorcycles, 12 rifles and 3,000 rounds "
     "of ammunition.", [(15, "killed", "terrorist"), (20, "captured", "motorcycle"),
                        (12, "captured", "rifle"), (3000, "captured", "round")]),
    ("Police said 200 motorcycles were recovered from the camp near Mirva.", [(200, "captured", "motorcycle")]),
    ("Troops seized 50 landmines and 2 mortars during the raid on Kora.",
     [(50, "captured", "landmine"), (2, "captured", "mortar")]),
    ("The gendarmerie confiscated 40 firearms at the Dalen checkpoint.", [(40, "captured", "firearm")]),
    ("Soldiers destroyed 3 motorcycles and killed 8 assailants.",
     [(3, "destroyed", "motorcycle"), (8, "killed", "assailant")]),
    ("Soldiers destroyed 3 dugouts near the Kora river.", [(3, "destroyed", "dugout")]),
    # found, of what no enemy held, is no capture
    ("Investigators discovered 5 mass graves in Dalen.", [(5, "other", "grave")]),
    ("Rescuers found 3 children alive under the rubble in Mirva.", [(3, "other", "child")]),
])
def test_communique_losses_and_recovered_weapons(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


# --- `a`/`an` items of a list of counts, before a count or past an uncounted one ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The strike destroyed a shopping centre, an administrative building and two houses in Kora.",
     [(1, "shopping centre"), (1, "building"), (2, "house")]),
    ("The shelling killed a man, a woman and two children in Dalen.",
     [(1, "man"), (1, "woman"), (2, "child")]),
    ("The militia burned a mosque and 40 homes in Mirva.", [(1, "mosque"), (40, "home")]),
    ("The blast damaged 12 houses, a number of shops, a clinic and a bakery in Kora.",
     [(12, "house"), (1, "clinic"), (1, "bakery")]),
    ("A drone hit a car and two buses near Dalen.", [(1, "car"), (2, "bus")]),
])
def test_list_items_of_one_around_a_count(sentence, expected):
    assert [(f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "It was a strike on the market in Kora that killed two children.",
    "A man said two children were killed in Dalen.",
])
def test_a_outside_the_list_counts_nothing(sentence):
    assert [f.value for f in extract_figures(sentence)] == [2]


# --- humanitarian phrasing --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Nearly 2 million people in Kora are displaced, while 8 million face famine.",
     [(2_000_000, "displaced", "person"), (8_000_000, "other", "person")]),
    ("Some 25 million need humanitarian assistance in Dalen, the agency said.",
     [(25_000_000, "other", "person")]),
    ("Cholera has killed 1,200 people in Mirva and infected 150,000 in the past year.",
     [(1200, "killed", "person"), (150_000, "other", "person")]),
    # a share's whole and an amount are no tally of the share
    ("About 70% of the 2.2 million population of Kora relies on aid.",
     [(70, "other", "percent"), (2_200_000, "population", "person")]),
    ("The agency has received just 12% of the $2.7 billion it requested for Dalen.",
     [(12, "other", "percent"), (2_700_000_000, "money", "usd")]),
])
def test_humanitarian_phrasing(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


# --- headlines: a running total in the present tense -----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Death toll from Kora strike rises to 45", (45, "killed", "person", True)),
    ("Dalen death toll climbs to 400, doctors say", (400, "killed", "person", True)),
    ("The number of displaced in Mirva tops 10 million.", (10_000_000, "displaced", "person", True)),
    ("The toll in the Kora market attack surpassed 60 on Monday.", (60, "killed", "person", True)),
])
def test_a_running_total_in_a_headline(sentence, expected):
    f = only(sentence)
    assert (f.value, f.kind, f.what, f.update) == expected


@pytest.mark.parametrize("sentence, kind", [
    ("Militants fired 40 rockets at Kora, most of which were intercepted.", "attacks"),
    ("Some 20 projectiles crossed from Dalen, most of which were intercepted.", "attacks"),
    ("Two sisters, both aged 14, died in the Kora strike.", "killed"),
])
def test_a_part_of_a_count_is_typed_by_its_own_cue(sentence, kind):
    assert only(sentence).kind == kind


@pytest.mark.parametrize("sentence, expected", [
    ("Thousands have fled Dalen, with 5,000-6,000 crossing daily into Kora.",
     (5000, 6000, "displaced", "person", "daily")),
    ("Around 800 fleeing the fighting reached the camp at Mirva.", (800, 800, "displaced", "person", None)),
])
def test_a_participle_after_a_number_is_no_noun(sentence, expected):
    f = only(sentence)
    assert (f.low, f.high, f.kind, f.what, f.period) == expected


@pytest.mark.parametrize("sentence, periods", [
    ("Needs in Kora are estimated at $2.6bn; so far $600m has been received.", [None, "cumulative"]),
    ("Since April, 12,000 have been killed in Dalen; 3,000 were wounded in the past day.",
     ["cumulative", "daily"]),
])
def test_a_semicolon_bounds_a_period_phrase(sentence, periods):
    assert [f.period for f in extract_figures(sentence)] == periods


@pytest.mark.parametrize("sentence, periods", [
    ("Officials said 62 people were killed in Dalen, and the toll since the war began rose to 4,100.",
     [None, "cumulative"]),
    ("Kora said 800 soldiers were killed, with the total since February now at 120,000.", [None, "cumulative"]),
    # a phrase past a comma and no later count, or before the comma, is still the count's
    ("About 2,000 people have fled Dalen, many since the shelling began.", ["cumulative"]),
    ("Kora said 800 soldiers were killed in the past day, bringing the total to 120,000.", ["daily", "cumulative"]),
])
def test_a_period_phrase_past_a_comma_belongs_to_the_count_it_leads_to(sentence, periods):
    assert [f.period for f in extract_figures(sentence)] == periods


def test_a_period_phrase_before_a_semicolon_carries_on():
    figures = extract_figures("Kora launched 31 drones overnight; 23 drones were shot down over Dalen.")
    assert [f.period for f in figures] == ["daily", "daily"]


# --- labels and rates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Killed: 34; wounded: 120; missing: 15.", [(34, "killed"), (120, "wounded"), (15, "missing")]),
    ("Death toll: 45. Displaced: 1.2 million.", [(45, "killed"), (1_200_000, "displaced")]),
    # a cue right after the number is nearer than the label
    ("Casualties: at least 50 dead and 200 injured.", [(50, "killed"), (200, "wounded")]),
])
def test_a_label_before_a_colon_types_the_number(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


def test_one_every_few_minutes_is_a_rate():
    assert facts("An estimated 14,000 children have been killed in Kora, roughly one every 15 minutes.") == [
        (14000, 14000, 14000, "killed", "child")]


@pytest.mark.parametrize("sentence, expected", [
    ("The dead in Kora included 7 members of one family.", [(7, "member")]),
    ("The shelling of Dalen killed 3 of one family and one soldier.", [(3, "person"), (1, "soldier")]),
])
def test_of_one_family_is_no_count(sentence, expected):
    assert [(f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Jets destroyed 3 weapons depots near Kora and 12 launchers.",
     [(3, "destroyed", "depot"), (12, "destroyed", "launcher")]),
    ("Troops found 2 arms caches near Dalen.", [(2, "captured", "cache")]),
    ("Rebels captured 3 battalion headquarters in Mirva.", [(3, "captured", "headquarters")]),
    # a plural that names no store still ends the noun phrase
    ("The army destroyed 12 weapons and 3 soldiers were killed.",
     [(12, "destroyed", "weapon"), (3, "killed", "soldier")]),
])
def test_a_store_named_by_its_contents(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Only 10 of the 36 hospitals in Kora are partially functioning.",
     [(10, "other", "hospital"), (36, "other", "hospital")]),
    ("The Dalen hospital has 300 beds but is treating 700 patients.",
     [(300, "other", "bed"), (700, "wounded", "patient")]),
    # a part of a whole that counts nothing is no figure
    ("Only 5 of the 12 in the Kora list were named.", []),
])
def test_a_part_takes_the_noun_of_its_whole(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The rebels have attacked more than 100 merchant ships off Kora since November.", [(100, "other", "ship")]),
    ("A drone hit a car and two buses near Dalen.", [(1, "other", "car"), (2, "other", "bus")]),
    # supplied, held or used: equipment; munitions hit with: attacks
    ("Kora will send 31 tanks to Dalen.", [(31, "equipment", "tank")]),
    ("The army used 12 helicopters in the assault on Mirva.", [(12, "equipment", "helicopter")]),
    ("The army fired 200 shells at Mirva.", [(200, "attacks", "shell")]),
])
def test_targeted_equipment_is_no_equipment_held(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, value", [
    ("A 100,000-strong force has been deployed to the Kora border.", 100_000),
    ("The militia, some 5,000 strong, controls the Dalen valley.", 5000),
    ("The 2,500-strong contingent arrived in Mirva.", 2500),
])
def test_a_force_so_strong_is_its_size(sentence, value):
    f = only(sentence)
    assert (f.value, f.kind, f.what) == (value, "other", "soldier")
