"""Inherent risk (country x product) and watchlist matching, each explained feature by feature."""
