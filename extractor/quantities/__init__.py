"""Quantities: distances, weights, money, percentages and counts, with offsets."""

from .tagger import Quantity, tag_quantities

__all__ = ["Quantity", "tag_quantities"]
