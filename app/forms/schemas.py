"""What each form template may say: its frame, fields and repeated lists.

A template naming a field not listed here is refused on load, so a typo in
an administrator's edit is caught before anything is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON = {"name", "NAME", "other_names", "sex", "birth_date", "birth_year", "birth_place", "hometown", "ethnicity",
          "religion", "nationality", "permanent_address", "current_address", "id_number", "party_card", "unit", "position",
          "party_joined", "party_official", "education", "specialism", "political_theory", "person_id", "secrecy_label"}
CASE = {"case_id", "purpose", "purpose_code", "target_post", "requesting_unit", "received_on", "officer", "issuer",
        "superior", "issuer_short", "place", "today", "unit_name", "unit_code", "legal_basis", "requests_count",
        "replies_count", "items_done", "items_total", "doc_number", "doc_date"}
DECISION = {"outcome", "outcome_code", "reasons", "limit", "issues", "decision_note", "concluded_on", "valid_until",
            "validity_months", "decider", "corrects", "corrects_date"}
RESULT = {"recipient", "number", "sent_on", "deadline", "reply_on", "finding", "status"}
ITEM = {"code", "title", "status", "note"}
ISSUE = {"code", "title", "kind", "legal_basis"}
BOOK_COMMON = {"number", "year", "date", "secrecy", "by", "status"}
# A book's header and end-of-volume lines (see app/forms/books.py).
BOOK_FIELDS = {"unit_name", "unit_code", "printed_on", "printed_by", "count", "years", "scope", "volume", "closed", "closed_on",
               "closed_by", "closing_line", "place", "today"}


@dataclass(frozen=True)
class Schema:
    frame: str  # party | plain | book
    fields: frozenset[str]
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    numbered: bool = False
    columns: frozenset[str] = frozenset()  # book columns that exist


def _s(frame: str, fields: set[str], lists: dict[str, set[str]] | None = None, numbered: bool = False, columns: set[str] = frozenset()) -> Schema:
    return Schema(frame, frozenset(fields), {k: frozenset(v) for k, v in (lists or {}).items()}, numbered, frozenset(columns))


SCHEMAS: dict[str, Schema] = {
    "conclusion": _s("party", PERSON | CASE | DECISION, {"results": RESULT, "items": ITEM, "issue_list": ISSUE}, True),
    "request": _s("party", PERSON | CASE | {"recipient", "request_number", "sent_on", "deadline", "subject_name",
                                             "SUBJECT_NAME", "subject_relation", "subject_birth", "subject_residence",
                                             "subject_occupation"}, {}, True),
    "report": _s("party", PERSON | CASE, {"results": RESULT, "items": ITEM}, True),
    "appraisal": _s("party", PERSON | CASE | DECISION, {"results": RESULT, "items": ITEM, "issue_list": ISSUE}, True),
    "cover": _s("plain", PERSON | {"unit_name", "unit_code", "today", "uid", "cases_count"},
                {"cases": {"case_id", "purpose", "state", "received_on", "concluded_on", "outcome"}}),
    "fingerprint": _s("plain", {"unit_code", "unit_name", "card_version", "fingerprint", "kem", "today", "place"}),
    "recovery": _s("plain", {"unit_code", "unit_name", "vault_id", "recovery_key", "today", "place"}),
    # The yearly statistics (app/yearly_report.py): a table of counts by level.
    "yearly_report": _s("book", {"unit_name", "unit_code", "printed_on", "printed_by", "year", "window_from", "window_to",
                                 "place", "today", "long_date"},
                        columns={"no", "label", "mat", "toi_mat", "tuyet_mat", "total"}),
    "book_outgoing": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {
        "number_symbol", "type", "abstract", "signer", "copies", "recipients", "carrier", "file", "receiver_signature", "notes"}),
    "book_incoming": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {
        "date_received", "sender", "number_symbol", "document_date", "type", "abstract", "receiver", "file", "notes"}),
    "book_copy": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {"kind", "object", "copies", "destination", "reason"}),
    "book_handover": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {
        "number_symbol", "document_date", "type", "abstract", "copies", "copy_numbers", "giver", "receiver", "receiver_signature", "notes"}),
    "book_carrier": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {
        "carrier_label", "carrier_serial", "taken_by", "permit_no", "permit_date", "permit_by", "content", "out_at", "returned_at",
        "returned_to", "notes"}),
    "book_destruction": _s("book", BOOK_FIELDS, columns=BOOK_COMMON | {
        "procedure_no", "number_symbol", "copy_number", "abstract", "method", "decision_no", "decision_date", "council", "notes"}),
    "handover_slip": _s("plain", {"unit_name", "unit_code", "place", "today", "long_date", "handover_number", "giver", "giver_post",
                                  "receiver", "receiver_post", "number_symbol", "document_date", "type", "abstract", "level",
                                  "recipients", "copies", "copy_numbers", "carrier", "file", "bundle_id", "outgoing_number", "notes"}),
}
# Destruction record (biên bản tiêu hủy), printed by app/destruction.py.
SCHEMAS["destruction_record"] = _s("party", {
    "unit_name", "unit_code", "place", "today", "procedure_no", "reason", "method", "decision_no", "decision_date", "authority",
    "items_count", "members_count", "executed_on", "proposed_by"}, {
    "items": {"position", "number_symbol", "copy_number", "abstract", "kind", "secrecy"}, "members": {"name", "post"}}, True)
# Recall list (danh sách thu hồi) of a user who leaves, printed by app/recall.py.
SCHEMAS["recall_list"] = _s("plain", {
    "unit_name", "unit_code", "place", "today", "long_date", "user", "full_name", "status", "cases_count", "copies_count",
    "carriers_count", "nothing", "printed_by"}, {
    "cases": {"position", "case_id", "purpose", "person", "state", "received_on", "secrecy"},
    "copies": {"position", "kind", "what", "copy_numbers", "made_on", "secrecy", "destination"},
    "carriers": {"position", "label", "serial", "permit_no", "permit_date", "permit_by", "out_on", "content", "secrecy"}})
NOTE_EXTRA = {"copies"}  # filled at each print, outside the signed content
