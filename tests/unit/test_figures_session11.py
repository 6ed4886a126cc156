"""Session 11: shopping and gadget language (prices in deal lines, discounts, spec units)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_value(sentence: str) -> dict[float, tuple[str | None, str | None]]:
    return {f.value: (f.unit, f.noun) for f in figures_of(sentence)}


@pytest.mark.parametrize("sentence, now, before", [
    ("The Lumina smart lamp is $39 (was $59) at most retailers this week.", 39, 59),
    ("Right now the Corvo air fryer costs $89, originally $129, at Walmart.", 89, 129),
    ("Our pick, the Tessel robot mop, is $310 (reg. $420) until Monday.", 310, 420),
])
def test_a_former_price_in_a_deal_line_is_a_price(sentence: str, now: float, before: float) -> None:
    figures = _by_value(sentence)
    assert figures[before] == ("USD", "price")


@pytest.mark.parametrize("sentence, value", [
    ("You can get the Nimbus 7 phone for $449 at several stores.", 449),
    ("Shoppers can grab the Orbit Buds Pro for $129 today.", 129),
    ("The Halden Soundbar Max is on sale for $249 through Friday.", 249),
    ("The Verra Watch Pro is available now for $199 in three colours.", 199),
])
def test_an_amount_a_product_is_bought_for_is_its_price(sentence: str, value: float) -> None:
    assert _by_value(sentence)[value] == ("USD", "price")


def test_a_product_name_subject_of_an_amount_is_priced() -> None:
    figures = _by_value("The Quill Reader Plus is down to $99 from $139 at one retailer.")
    assert figures[99] == ("USD", "price")
    assert figures[139] == ("USD", "price")


def test_a_deal_in_millions_keeps_its_own_noun() -> None:
    (figure,) = figures_of("The retailer sold its furniture arm for $450 million last spring.")
    assert figure.noun == "sale"


@pytest.mark.parametrize("sentence, value, unit", [
    ("Members get 25% off every blender in the store this weekend.", 25, "percent"),
    ("The Pelmo Tab is 35 percent off until midnight.", 35, "percent"),
    ("Readers can take $60 off a new espresso machine with the code.", 60, "USD"),
])
def test_an_amount_taken_off_is_a_discount(sentence: str, value: float, unit: str) -> None:
    assert _by_value(sentence)[value] == (unit, "discount")


def test_a_percentage_off_a_peak_is_no_discount_when_a_noun_is_named() -> None:
    figures = _by_value("Shares of the chipmaker are off 4% this week.")
    assert figures[4][1] != "discount"


@pytest.mark.parametrize("sentence, value, unit, noun", [
    ("The tablet charges with a 65W adapter sold separately.", 65, "W", "adapter"),
    ("The handset packs a 5,000mAh battery and a 120Hz display.", 5000, "mAh", "battery"),
    ("The handset packs a 5,000mAh battery and a 120Hz display.", 120, "Hz", "display"),
    ("Its 50MP main camera is joined by a 12 MP zoom lens.", 50, "MP", "camera"),
    ("Its 50MP main camera is joined by a 12 MP zoom lens.", 12, "MP", None),
    ("The chip runs at 3.4GHz under load.", 3.4, "GHz", None),
])
def test_gadget_spec_units_glued_to_their_number(sentence: str, value: float, unit: str, noun: str | None) -> None:
    got_unit, got_noun = _by_value(sentence)[value]
    assert got_unit == unit
    if noun is not None:
        assert got_noun == noun


@pytest.mark.parametrize("sentence", [
    "The clinic at 3170 W Harbor Road reopened after the storm.",
    "One MP said the vote would be close.",
    "The 4K model and the 5G modem ship later.",
])
def test_letters_that_are_no_spec_unit(sentence: str) -> None:
    assert [f.unit for f in figures_of(sentence) if f.unit in {"W", "MP"}] == []


@pytest.mark.parametrize("sentence, part, whole, noun", [
    ("The critics gave the new sedan 4.5 out of 5 stars.", 4.5, 5, "star"),
    ("In the end, nine out of 12 jurors voted to acquit.", 9, 12, "juror"),
])
def test_a_part_out_of_a_whole_counts_the_whole_noun(sentence: str, part: float, whole: float, noun: str) -> None:
    figures = _by_value(sentence)
    assert figures[part][1] == noun
    assert figures[whole][1] == noun


@pytest.mark.parametrize("sentence, noun", [
    ("I tested the 14-inch Zenbook Pro for a week before returning it.", "zenbook"),
    ("The 11-inch Lumo Tab's speakers are louder than last year's.", "lumo"),
])
def test_a_size_before_a_product_name_measures_the_product_line(sentence: str, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.unit, figure.noun) == ("inch", noun)


def test_a_size_before_a_brand_and_a_device_noun_measures_the_device() -> None:
    (figure,) = figures_of("The store discounted a 65-inch Vantor television to clear stock.")
    assert figure.noun == "television"


@pytest.mark.parametrize("sentence, value", [
    ("Corvo Blender 2 — $64.99 at Target", 64.99),
    ("Nimbus 7 Pro for $449 at Walmart.", 449),
])
def test_a_verbless_deal_line_states_a_price(sentence: str, value: float) -> None:
    assert _by_value(sentence)[value] == ("USD", "price")


@pytest.mark.parametrize("sentence, value, noun", [
    ("The new tablet is only 0.2 inches thick and weighs a pound.", 0.2, "thickness"),
    ("Engineers say the flood wall will be 14 feet high when finished.", 14, "height"),
    ("The glacier was once 2 km long, the survey found.", 2, "length"),
])
def test_a_length_before_a_dimension_adjective_measures_the_dimension(sentence: str, value: float, noun: str) -> None:
    assert _by_value(sentence)[value][1] == noun


@pytest.mark.parametrize("sentence, values", [
    ("Halden Speaker 3 — $89.99 at most shops", [3, 89.99]),
    ("Orbit Buds 2 – $59 with the coupon", [2, 59]),
])
def test_a_spaced_dash_between_a_model_number_and_a_price_is_no_range(sentence: str, values: list) -> None:
    assert all(f.value_high is None for f in figures_of(sentence))
    assert {f.value for f in figures_of(sentence)} <= set(values)


def test_a_spaced_en_dash_between_two_amounts_is_still_a_range() -> None:
    (figure,) = figures_of("Tickets cost $15 – $25 depending on the seat.")
    assert (figure.value, figure.value_high) == (15, 25)


@pytest.mark.parametrize("sentence, value, unit, noun", [
    ("The hybrid wagon returns 54 mpg in town.", 54, "mpg", "economy"),
    ("Officials rated the compact at 21 kilometers per liter on the test.", 21, "km_per_litre", "economy"),
    ("At the weigh-in the challenger came in at 198 pounds.", 198, "lb", "weight"),
    ("She said she was down to 61 kg after the race.", 61, "kg", "weight"),
])
def test_a_unit_names_its_dimension_when_nothing_else_is_named(sentence: str, value: float, unit: str,
                                                                noun: str) -> None:
    assert _by_value(sentence)[value] == (unit, noun)


def test_a_mass_of_a_named_thing_keeps_the_thing() -> None:
    assert _by_value("Customs officers seized 12 kg of heroin at the port.")[12] == ("kg", "heroin")


def test_an_object_of_of_the_parse_ran_past_a_verb_is_the_noun_after_of() -> None:
    figures = _by_value("Volunteers eating 30 grams of whole oats daily lowered cholesterol in the trial.")
    assert figures[30][0] == "g" and figures[30][1] in {"oat", "oats"}


def test_a_storage_size_before_a_drive_measures_the_drive_not_its_unit() -> None:
    assert _by_value("Each unit ships with a 2TB NVMe drive and a 1TB SSD.")[1] == ("TB", "ssd")


@pytest.mark.parametrize("sentence, value, noun", [
    ("The coat comes with a pair of eye-catching brass buttons.", 2, "button"),
    ("Engineers cut several tons of wasted material from the design.", 3, "material"),
])
def test_a_participle_inside_the_object_of_of_keeps_the_object(sentence: str, value: float, noun: str) -> None:
    assert _by_value(sentence)[value][1] == noun


@pytest.mark.parametrize("sentence, value, unit, noun", [
    ("Each bottle holds 20 ounces of iced tea.", 20, "ounce", "tea"),
    ("Pour in 8 oz of broth and stir.", 8, "ounce", "broth"),
    ("Participants ate an average of 300 calories less at dinner.", 300, "calorie", "calorie"),
    ("A slice of the cake packs 520 kcal.", 520, "calorie", "calorie"),
])
def test_ounces_and_calories_are_units(sentence: str, value: float, unit: str, noun: str) -> None:
    assert _by_value(sentence)[value] == (unit, noun)


@pytest.mark.parametrize("sentence, value, noun", [
    ("In benchmarks it ran 18 percent faster than the last one.", 18, "speed"),
    ("In our hands it felt 12% lighter than the 2022 version.", 12, "weight"),
    ("At most stores they are often 30 percent cheaper.", 30, "price"),
])
def test_a_share_before_a_comparative_with_nothing_named_compares_its_dimension(sentence: str, value: float, noun: str) -> None:
    assert _by_value(sentence)[value] == ("percent", noun)


def test_a_named_subject_of_a_comparative_stays_what_is_measured() -> None:
    assert _by_value("Store-brand cereal is often 30 percent cheaper.")[30] == ("percent", "cereal")


def test_a_share_higher_names_no_dimension() -> None:
    assert _by_value("Regional shares closed 0.7% higher on the day.")[0.7][1] != "height"


@pytest.mark.parametrize("sentence, value, unit", [
    ("The charger tops out at 30W.", 30, "W"),
    ("The new mesh router reaches 2.4Gbps in our tests.", 2.4, "Gbps"),
])
def test_more_glued_spec_units(sentence: str, value: float, unit: str) -> None:
    assert _by_value(sentence)[value][0] == unit
