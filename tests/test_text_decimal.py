"""The one French number formatter of domain/ (decimal comma, no « -0,00 »)."""

import pytest

from domain.text import decimal


@pytest.mark.parametrize(
    ("value", "digits", "signed", "expected"),
    [
        (0.756, 2, False, "0,76"),
        (12.0, 1, False, "12,0"),
        (-0.0004, 3, False, "0,000"),
        (-0.0004, 3, True, "+0,000"),
        (0.0125, 3, True, "+0,013"),
        (-0.25, 2, True, "-0,25"),
    ],
)
def test_decimal_comma(value, digits, signed, expected):
    assert decimal(value, digits, signed=signed) == expected
