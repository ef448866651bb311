"""Ranges of figures: dashes as separators, a scale word on the second number only, and a
currency word after each number. The towns and amounts are invented."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest import figures
from conflict_digest.figures import extract_figures
from conflict_digest.resources import load_toml
from conflict_digest.sentences import normalise

from test_figures import number_to_words

FAST = settings(max_examples=200, deadline=None)
_DASHES = load_toml("characters.toml")["dashes"]["from"]


def ranges(sentence: str) -> list[tuple]:
    """Each figure as (value, low, high, what)."""
    return [(f.value, f.low, f.high, f.what) for f in extract_figures(sentence)]


# --- dashes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("dash", list(_DASHES))
@pytest.mark.parametrize("shape, expected", [
    ("The shelling of Varnok killed 5{d}10 civilians.", (None, 5, 10, "civilian")),
    ("The shelling of Varnok killed 5 {d} 10 civilians.", (None, 5, 10, "civilian")),
    ("Some 70,000 {d} 80,000 people fled Varnok.", (None, 70_000, 80_000, "person")),
    ("Some 5{d}10 million people fled Varnok.", (None, 5e6, 10e6, "person")),
    ("Rebuilding Varnok will cost $5{d}$10 million.", (None, 5e6, 10e6, "usd")),
    ("Rebuilding Varnok will cost €5 {d} €10 million.", (None, 5e6, 10e6, "eur")),
])
def test_every_dash_separates_a_range_once_normalised(dash, shape, expected):
    # The reader normalises every report, mapping each dash to "-": the extractor sees a hyphen.
    assert ranges(normalise(shape.format(d=dash))) == [expected]


@pytest.mark.parametrize("dash", list(_DASHES))
def test_a_dash_between_clauses_makes_no_range(dash):
    sentence = normalise(f"The shelling killed 5 {dash} officials said {dash} in Varnok.")
    assert ranges(sentence) == [(5, 5, 5, "person")]


# --- a scale word on the second number only --------------------------------------------------

@pytest.mark.parametrize("amount, low, high", [
    ("5-10 million", 5e6, 10e6),  # the first number takes the second's scale
    ("1.5 to 2 million", 1.5e6, 2e6),
    ("800 to 1,000", 800, 1000),
    ("500,000 to 1 million", 500_000, 1e6),  # the first is written out in full
    ("900,000 to 1.2 million", 900_000, 1.2e6),
    ("2,000,000 to 3 million", 2e6, 3e6),
    ("between 500 and 600 thousand", 500_000, 600_000),
    ("between 1,000 and 2,000 million", 1e9, 2e9),
    ("two to three million", 2e6, 3e6),  # a scale inside the second number in words
    ("between twenty and thirty thousand", 20_000, 30_000),
    ("five to six hundred", 500, 600),
    ("500,000 to one million", 500_000, 1e6),
])
def test_a_scale_on_the_second_number(amount, low, high):
    assert ranges(f"Some {amount} people fled Varnok.")[-1] == (None, low, high, "person")


def test_a_scale_on_the_second_number_of_money():
    assert ranges("Rebuilding Varnok will cost between 2 and 3 billion dollars.") == [
        (None, 2e9, 3e9, "usd")]


@pytest.mark.parametrize("first, scale, second, scale2, low", [
    (5, 1, 10, 1e6, 5e6),  # takes the second's scale
    (500_000, 1, 1, 1e6, 500_000),  # stands as written
    (1_000, 1, 1, 1e6, 1_000),  # three orders below the scale: still written out
    (3, 1, 1.5, 1e6, None),  # neither: no range
    (5, 1e6, 10, 1e6, 5e6),  # its own scale
    (8, 1, 8, 1, 8),  # as written: the caller refuses a range that does not rise
])
def test_range_low(first, scale, second, scale2, low):
    assert figures._range_low(first, scale, second, scale2) == low


@pytest.mark.parametrize("words, value, split", [
    ("three million", 3e6, (3, 1e6)),
    ("three hundred thousand", 3e5, (300, 1000)),
    ("half a million", 5e5, (0.5, 1e6)),
    ("one thousand two hundred", 1200, (1200, 1)),  # the hundred multiplies only the two
    ("twenty-five", 25, (25, 1)),
    ("ten", 10, (10, 1)),
])
def test_split_scale(words, value, split):
    assert figures._split_scale(words, value) == split


@pytest.mark.parametrize("sentence, value", [
    ("Two hundred and fifty people fled Varnok.", 250),
    ("Two thousand and five people fled Varnok.", 2005),
    ("A dozen and a half people fled Varnok.", 12),  # `and a half` is no number word
])
def test_and_inside_a_number_after_a_multiplier(sentence, value):
    assert ranges(sentence)[0][0] == value


@pytest.mark.parametrize("amount, low, high", [
    ("between five hundred and six hundred", 500, 600),
    ("between one hundred and five and two hundred", 105, 200),
    ("between five hundred thousand and six hundred thousand", 500_000, 600_000),
    ("between one thousand and two thousand", 1000, 2000),
    ("between two thousand and five and three thousand", 2005, 3000),
    ("between one million and two million", 1e6, 2e6),
    ("between a dozen and twenty", 12, 20),
    ("between a hundred and two hundred", 100, 200),
])
def test_two_numbers_in_words_joined_by_and_are_a_range(amount, low, high):
    assert ranges(f"Some {amount} people fled Varnok.") == [(None, low, high, "person")]


def test_and_after_a_unit_word_splits_two_numbers():
    # "between five and ten thousand" is a range, not fifteen thousand.
    assert ranges("Between five and ten thousand people fled Varnok.") == [
        (None, 5000, 10_000, "person")]


@FAST
@given(a=st.integers(1, 99_999), step=st.integers(1, 99_999), words=st.booleans())
def test_property_between_two_counts_is_one_range(a, step, words):
    b = a + step
    if words and (b % 100 == 0 or (a % 100 == 0 and 1000 <= b < 100_000)):
        return  # "between two and five hundred" is 200-500 by design; "five hundred and one
        # thousand" is 501,000 by the grammar of English
    write = number_to_words if words else "{:,}".format
    assert ranges(f"Between {write(a)} and {write(b)} civilians were killed in Varnok.") == [
        (None, a, b, "civilian")]


# --- a currency word after each number -------------------------------------------------------

@pytest.mark.parametrize("amount, low, high, code", [
    ("between 5 million euros and 10 million euros", 5e6, 10e6, "eur"),
    ("from 2 to 3 million dollars", 2e6, 3e6, "usd"),
    ("between 100 and 200 million hryvnias", 100e6, 200e6, "uah"),
    ("5 million dollars to 10 million dollars", 5e6, 10e6, "usd"),
    ("500,000 euros - 1 million euros", 500_000, 1e6, "eur"),
])
def test_a_currency_word_after_each_number(amount, low, high, code):
    assert ranges(f"Donors pledged {amount} for Varnok.") == [(None, low, high, code)]


@pytest.mark.parametrize("sentence, expected", [
    ("Donors pledged 5 million euros and 10 million dollars for Varnok.",
     [(5e6, 5e6, 5e6, "eur"), (10e6, 10e6, 10e6, "usd")]),
    ("Donors pledged between 5 million euros and 10 million dollars for Varnok.",
     [(5e6, 5e6, 5e6, "eur"), (10e6, 10e6, 10e6, "usd")]),
    ("The fund gave 5 million euros to 10 million people in Varnok.",
     [(5e6, 5e6, 5e6, "eur"), (10e6, 10e6, 10e6, "person")]),
])
def test_a_currency_word_after_the_first_number_only_makes_no_range(sentence, expected):
    assert ranges(sentence) == expected


@pytest.mark.parametrize("lead, amount", [
    ("between", "$5 million and 10 million dollars"),
    ("", "$5-10 million dollars"),
    ("from", "€5 to €10 million euros"),
    ("between", "USD 5 and 10 million US dollars"),
    ("between", "5 and 10 million euros"),
    ("", "£5 million pounds"),  # one amount, its currency named twice
])
def test_the_text_runs_to_a_currency_named_again(lead, amount):
    found = extract_figures(f"Donors pledged {lead} {amount} for Varnok.")
    assert [f.text for f in found] == [amount]


def test_a_sign_and_another_currency_word_make_two_amounts():
    assert ranges("Donors pledged between $5 million and 10 million euros for Varnok.") == [
        (5e6, 5e6, 5e6, "usd"), (10e6, 10e6, 10e6, "eur")]


def test_another_currency_word_after_a_signed_amount_is_left_out():
    assert [f.text for f in extract_figures("Donors pledged US$5 million euros for Varnok.")] == [
        "US$5 million"]


_SIGNS_AND_WORDS = sorted(
    (sign, word, code) for sign, code in load_toml("figures.toml")["currency_prefix"].items()
    for word, word_code in load_toml("figures.toml")["currency_suffix"].items() if word_code == code)


@FAST
@given(a=st.integers(1, 998), step=st.integers(1, 500), currency=st.sampled_from(_SIGNS_AND_WORDS),
       shape=st.sampled_from([("between", "{s}{a} million and {b} million {w}"),
                              ("", "{s}{a}-{b} million {w}"), ("from", "{s}{a} to {s}{b} million {w}"),
                              ("", "{s}{a} million {w}")]))
def test_property_an_amount_runs_to_its_currency_named_again(a, step, currency, shape):
    sign, word, code = currency
    s = sign.upper() + (" " if sign[-1].isalpha() else "")  # "USD 5", "$5"
    lead, amount = shape[0], shape[1].format(s=s, a=a, b=a + step, w=word)
    found = extract_figures(f"Donors pledged {lead} {amount} for the shelters.")
    assert [(f.text, f.low, f.what) for f in found] == [(amount, a * 1e6, code)]


def test_a_change_between_amounts_is_no_range():
    assert all(value is not None for value, *_ in ranges(
        "The cost rose from 5 million euros to 10 million euros in Varnok."))


# --- a unit after each number ----------------------------------------------------------------

@pytest.mark.parametrize("amount, low, high, kind, what", [
    ("between 5 km and 10 km", 5, 10, "distance", "km"),
    ("5 km to 10 km", 5, 10, "distance", "km"),
    ("5 km - 10 km", 5, 10, "distance", "km"),
    ("from 2 to 3 kilometres", 2, 3, "distance", "km"),
    ("5 km to 10 kilometres", 5, 10, "distance", "km"),  # two names of one unit
    ("between 200 hectares and 300 hectares", 200, 300, "area", "hectare"),
    ("between 5% and 10%", 5, 10, "other", "percent"),
    ("2 million tonnes to 3 million tonnes", 2e6, 3e6, "other", "tonne"),
])
def test_a_unit_after_each_number(amount, low, high, kind, what):
    assert [(f.value, f.low, f.high, f.kind, f.what) for f in extract_figures(
        f"Shelling near Varnok covered {amount}.")] == [(None, low, high, kind, what)]


@pytest.mark.parametrize("sentence, expected", [
    ("Troops advanced 5 km to 10 miles from Varnok.", [(5, "km"), (10, "mile")]),
    ("Troops advanced between 500 metres and 1 km near Varnok.", [(500, "m"), (1, "km")]),
    ("The fund gave 5 km of road to 10 villages near Varnok.", [(5, "km"), (10, "village")]),
    ("The front moved from 5 km to 10 km from Varnok in a day.", [(None, "km")]),
    ("The gap grew from 5 km to 10 km near Varnok.", [(5, "km"), (10, "km")]),  # a change
])
def test_a_unit_after_the_first_number_only_makes_no_range(sentence, expected):
    assert [(f.value, f.what) for f in extract_figures(sentence)] == expected


_UNITS = sorted(load_toml("figures.toml")["units"].items())


@FAST
@given(a=st.integers(1, 99_999), step=st.integers(1, 99_999), unit=st.sampled_from(_UNITS),
       shape=st.sampled_from(["between {a} {u} and {b} {u}", "{a} {u} to {b} {u}",
                              "{a} {u} - {b} {u}", "between {a} and {b} {u}"]))
def test_property_a_measure_range_is_one_figure(a, step, unit, shape):
    word, (kind, what) = unit
    amount = shape.format(a=f"{a:,}", b=f"{a + step:,}", u=word)
    assert [(f.value, f.low, f.high, f.kind, f.what) for f in extract_figures(
        f"Shelling near Varnok covered {amount} on Monday.")] == [(None, a, a + step, kind, what)]


@pytest.mark.parametrize("after, unit, end", [
    (" km west", ("distance", "km"), len(" km")),
    (" kilometres west", ("distance", "km"), len(" kilometres")),
    (" miles west", ("distance", "km"), None),  # another unit
    (" people", ("distance", "km"), None),  # none
])
def test_suffix_repeated(after, unit, end):
    first = figures._Quantity(0, 4, 5, 5, False, unit=unit)
    text = "5 km to 10" + after
    expected = None if end is None else len("5 km to 10") + end
    assert figures._suffix_repeated(text, first, len("5 km to 10")) == expected


# --- currencies of other wars ----------------------------------------------------------------

_SUFFIXES = sorted(load_toml("figures.toml")["currency_suffix"].items())


@pytest.mark.parametrize("word, code", _SUFFIXES)
def test_every_currency_word_makes_money(word, code):
    assert ranges(f"Donors pledged 5 million {word} for Varnok.") == [(5e6, 5e6, 5e6, code)]


@pytest.mark.parametrize("sentence, code", [
    ("The siege cost Varnok 5 billion Syrian pounds.", "syp"),
    ("Bread in Varnok now costs 3,000 Lebanese pounds.", "lbp"),
    ("The fine in Varnok was 200 pounds.", "gbp"),  # pounds alone stay sterling
    ("Aid of 40 million Sudanese pounds reached Varnok.", "sdg"),
    ("Varnok received 10 million Congolese francs.", "cdf"),
    ("The Varnok hotel charged 900 Swiss francs.", "chf"),
    ("Gunmen seized 2 million naira from a bank in Varnok.", "ngn"),
    ("Donors pledged KSh 5 million for Varnok.", "kes"),
    ("Donors pledged ₦200 million for Varnok.", "ngn"),
    ("Varnok's budget is between 2 and 3 billion Egyptian pounds.", "egp"),
    ("Fuel in Varnok sold for 1,500 Yemeni riyals.", "yer"),
])
def test_currencies_of_other_wars(sentence, code):
    assert [f.what for f in extract_figures(sentence)] == [code]


def test_a_demonym_before_a_count_is_no_currency():
    assert ranges("Shelling killed 5 Syrian soldiers near Varnok.") == [(5, 5, 5, "soldier")]


def test_two_currencies_of_one_name_make_no_range():
    assert [f.what for f in extract_figures(
        "Donors pledged between 5 million Syrian pounds and 10 million Lebanese pounds.")] == [
        "syp", "lbp"]


def test_a_people_noun_that_is_also_a_currency_name_is_no_money():
    # "afghanis" is the currency and, loosely, the people: only the ISO code reads as money.
    assert [f.kind for f in extract_figures("Gunmen killed 3 Afghanis near Varnok.")] == ["killed"]
    assert [f.what for f in extract_figures("Donors pledged AFN 5 million for Varnok.")] == ["afn"]
