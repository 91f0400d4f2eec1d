"""Where it happened when the text names no place the gazetteer knows well."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "summary,country",
    [
        ("Rebels attacked a village in Burundi, killing three.", "BI"),  # any country's common name
        ("Gunmen killed two traders on the road to the border in Zimbabwe.", "ZW"),
        ("Militia attacked farmers in Wadi Salih locality, wounding four.", "SD"),  # Sudan's admin-2 unit
        ("Gunmen raided Tashan village in Kankara LGA, abducting 12.", "NG"),
        ("Soldiers clashed with the resistance in Kyauk Pyu village tract.", "MM"),
        ("Misratan fighters shelled positions south of the coastal road, killing two.", "LY"),
        ("Abbala militia attacked a village near the wadi, killing five farmers.", "SD"),
    ],
)
def test_country_from_names_units_and_parties(judge, summary, country):
    a = judge("", summary)
    assert a.country == country, [(e.rule, e.span) for e in a.evidence]


def test_us_state_is_not_the_caucasus(judge):
    a = judge("Gunman opens fire at a mall in Georgia", "Police said two people were wounded.")
    assert a.country != "GE"
