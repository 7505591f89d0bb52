"""The catalogue of data-quality issue codes: every code the screener emits, in one place.

Each code is a plain string constant (``DataQualityIssue.code`` stays a ``str`` in exports and JSON) with
its default severity and a plain-English meaning. Code that reports an issue imports the constant; tests do
the same, so a code cannot be misspelt or emitted without being listed here. ``docs/issue_codes.md`` lists
the same codes for users (a test keeps the two in step). Exception classes live in :mod:`screener.errors`.
"""
from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class IssueKind:
    """One issue code: its default severity and what it means for the user."""

    code: str
    severity: str
    meaning: str


CATALOGUE: dict[str, IssueKind] = {}


def _define(code: str, severity: str, meaning: str) -> str:
    if code in CATALOGUE or severity not in SEVERITIES:
        raise ValueError(f"issue code '{code}' defined twice or with an unknown severity '{severity}'")
    CATALOGUE[code] = IssueKind(code, severity, meaning)
    return code


def default_severity(code: str) -> str:
    """The catalogue's severity for ``code``; a code missing from the catalogue is a bug (KeyError)."""
    return CATALOGUE[code].severity


# ----------------------------------------------------------------- the file as a whole
EXTENSION_MISMATCH = _define("extension_mismatch", INFO,
                             "The file's name ends in one format but its content is another; it was read by content.")
FILE_DAMAGED = _define("file_damaged", WARNING,
                       "The file is truncated or damaged; what could be read was read.")
ENCODING_UNCERTAIN = _define("encoding_uncertain", WARNING,
                             "The text encoding of the file was guessed; some characters may be wrong.")
MERGED_CELLS = _define("merged_cells", INFO,
                       "Merged cell ranges were found; each value was copied to every cell of its range.")
MERGED_CELLS_CONFLICT = _define("merged_cells_conflict", WARNING,
                                "A merged range covers cells that hold their own values; the merge was ignored.")
TITLE_ROWS = _define("title_rows", INFO,
                     "Rows above the header were treated as a title, not as suppliers.")
TWO_ROW_HEADER = _define("two_row_header", INFO,
                         "The header spans two rows; their labels were combined.")

# ----------------------------------------------------------------- columns
COLUMN_DUPLICATE_FIELD = _define("column_duplicate_field", INFO,
                                 "Two columns look like the same field; one was used, the other kept as extra data.")
COLUMN_CONTENT_CHECK = _define("column_content_check", WARNING,
                               "A column's content does not fit the field its header suggests; the mapping changed.")
COLUMN_MAPPING_UNCERTAIN = _define("column_mapping_uncertain", INFO,
                                   "A column was mapped by a fuzzy or content match; check it or override it.")
COLUMN_HIDDEN = _define("column_hidden", INFO,
                        "A column is hidden in the file; it was read like any other column.")
COUNTRY_COLUMN_MISSING = _define("country_column_missing", WARNING,
                                 "The sheet has no country column; countries come from addresses, or are missing.")

# ----------------------------------------------------------------- rows and values
ROW_HIDDEN = _define("row_hidden", INFO,
                     "A row is hidden in the file; it was read like any other row.")
ROW_BLANK = _define("row_blank", INFO,
                    "A blank row between data rows; it holds no supplier and was skipped.")
ROW_NO_NAME = _define("row_no_name", ERROR,
                      "A row has no supplier name; it is kept in the register as not screened.")
COUNTRY_UNKNOWN = _define("country_unknown", WARNING,
                          "The country was not recognised; inherent country risk is not applied to the row.")
COUNTRY_MISSING = _define("country_missing", INFO,
                          "The row gives no country; inherent country risk is not applied to it.")
COUNTRY_FROM_ADDRESS = _define("country_from_address", INFO,
                               "No country was given; it was read from the end of the address.")
PRODUCT_UNRECOGNISED = _define("product_unrecognised", INFO,
                               "A product is on neither the DOL goods list nor the product lexicon; no product risk.")
VALUE_INVALID = _define("value_invalid", WARNING,
                        "A value could not be read (number, share, date or yes/no); it was left empty.")
DATE_IN_FUTURE = _define("date_in_future", WARNING,
                         "The audit date lies in the future.")
DUPLICATE_SUPPLIER_ID = _define("duplicate_supplier_id", WARNING,
                                "The supplier ID also appears on another row.")
DUPLICATE_SUPPLIER = _define("duplicate_supplier", WARNING,
                             "The row seems to be the same supplier as an earlier row; both are kept and grouped.")
SUPPLIER_SITE = _define("supplier_site", INFO,
                        "The row is another site of a company named earlier, not a duplicate; screened on its own.")

# ----------------------------------------------------------------- audit reports
REPORT_DUPLICATE_NAME = _define("report_duplicate_name", ERROR,
                                "Two reports have the same name; the second was not scanned.")
REPORT_UNREADABLE = _define("report_unreadable", ERROR,
                            "A report could not be read; it was not scanned.")
REPORT_UNLINKED = _define("report_unlinked", WARNING,
                          "A report could not be linked to any supplier in the sheet; it was not scanned.")
