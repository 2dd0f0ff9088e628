"""Dossiers and cases as they travel in bundles, and how they merge on arrival.

A record is identified everywhere by its uid. What was last exchanged with
each unit is remembered (sync_marks: our version then, and a hash of the
content then), so that on arrival we can tell:
  - nothing changed over there → nothing to do;
  - changed over there only → take it (a new version here, the old one kept);
  - changed on both sides → a conflict for the officer; ours stays as it is,
    theirs is kept beside it, never silently overwritten.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from ..domain.person import Person
from ..store import attachments as attachment_store
from ..store import cases as case_store
from ..store import persons as person_store

_META = ("id", "version", "created_at", "created_by", "updated_at", "updated_by")
_GET_MARK = "SELECT local_version, remote_hash FROM sync_marks WHERE uid = ? AND unit_code = ?"
_SET_MARK = ("INSERT INTO sync_marks(uid, unit_code, local_version, remote_hash) VALUES (?, ?, ?, ?)"
             " ON CONFLICT(uid, unit_code) DO UPDATE SET local_version = excluded.local_version, remote_hash = excluded.remote_hash")
_ADD_CONFLICT = ("INSERT INTO exchange_conflicts(bundle_id, sender_code, kind, uid, local_id, incoming, reason)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)")
_CASE_VERSION = "SELECT count(*) FROM case_events WHERE case_id = ?"  # a case's "version": events so far


def canonical_hash(doc: dict) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def person_content(p: Person) -> dict:
    d = p.to_json()
    for k in _META:
        d.pop(k, None)
    for r in d["relatives"]:
        r.pop("id", None)
    return d


def person_doc(conn, p: Person) -> dict:
    atts = attachment_store.list_for(conn, p.id)
    return {"uid": p.uid, "content": person_content(p),
            "attachments": [{"sha256": a.sha256, "filename": a.filename, "kind": a.kind, "title": a.title, "secrecy": int(a.secrecy)}
                            for a in atts]}


def case_doc(conn, case_id: int) -> dict:
    c = case_store.get_case(conn, case_id)
    person = person_store.get(conn, c.person_id)
    rel_pos = {r.id: i for i, r in enumerate(person.relatives)}
    content = {
        "purpose": c.purpose, "template_version": c.template_version, "template_source": case_store.template_source(conn, case_id),
        "requesting_unit": c.requesting_unit, "target_post": c.target_post, "officer": c.officer, "received_on": c.received_on,
        "due_on": c.due_on, "state": c.state.value, "suspended_from": c.suspended_from.value if c.suspended_from else None,
        "outcome": c.outcome, "outcome_limit": c.outcome_limit, "proposal": c.proposal, "issue_codes": list(c.issue_codes),
        "proposed_by": c.proposed_by, "decided_by": c.decided_by, "decision_note": c.decision_note,
        "concluded_on": c.concluded_on, "valid_until": c.valid_until, "secrecy": int(c.secrecy),
        "items": [{"code": i.code, "template_code": i.template_code, "title": i.title, "guidance": i.guidance,
                   "required": i.required, "evidence_required": i.evidence_required, "roles": [r.value for r in i.roles],
                   "legal_basis": i.legal_basis, "relative_position": rel_pos.get(i.relative_id), "status": i.status.value,
                   "note": i.note} for i in case_store.items(conn, case_id)],
        "requests": [{"recipient": r.recipient, "number_symbol": r.number_symbol, "sent_on": r.sent_on, "deadline": r.deadline,
                      "reply_on": r.reply_on, "finding": r.finding} for r in case_store.requests(conn, case_id)],
    }
    return {"uid": case_store.uid_of(conn, case_id), "person_uid": person.uid, "content": content}


def mark_sent(conn, uid: str, unit_code: str, local_version: int, content: dict) -> None:
    conn.execute(_SET_MARK, (uid, unit_code, local_version, canonical_hash(content)))


def case_version(conn, case_id: int) -> int:
    return int(conn.execute(_CASE_VERSION, (case_id,)).fetchone()[0])


@dataclass
class MergeCounts:
    persons_created: int = 0
    persons_updated: int = 0
    cases_created: int = 0
    cases_updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


def _decide(conn, uid: str, sender: str, local_version: int, incoming_hash: str, local_hash: str) -> str:
    """'same', 'take', 'keep' or 'conflict' for a record that exists here."""
    if local_hash == incoming_hash:
        return "same"
    mark = conn.execute(_GET_MARK, (uid, sender)).fetchone()
    if mark is None:
        return "conflict"  # both have it, never exchanged between these two: the officer decides
    local_changed = local_version > mark[0]
    remote_changed = incoming_hash != mark[1]
    if not remote_changed:
        return "keep"
    return "conflict" if local_changed else "take"


def preview_person(conn, sender: str, doc: dict) -> str:
    pid = person_store.id_for_uid(conn, doc["uid"])
    if pid is None:
        return "create"
    local = person_store.get(conn, pid)
    return _decide(conn, doc["uid"], sender, local.version, canonical_hash(doc["content"]), canonical_hash(person_content(local)))


def preview_case(conn, sender: str, doc: dict) -> str:
    """What merge_case will do with this case, read only: create | same | take | keep | conflict."""
    cid = case_store.id_for_uid(conn, doc["uid"])
    if cid is None:
        return "create"
    return _decide(conn, doc["uid"], sender, case_version(conn, cid), canonical_hash(doc["content"]),
                   canonical_hash(case_doc(conn, cid)["content"]))


def local_person_name(conn, person_uid: str) -> str:
    pid = person_store.id_for_uid(conn, person_uid)
    p = person_store.get(conn, pid) if pid is not None else None
    return p.full_name if p is not None else ""


def linked_attachments(conn, person_uid: str) -> set[str]:
    """SHA-256 of the attachments already on the dossier with this uid here (link_attachments skips those)."""
    pid = person_store.id_for_uid(conn, person_uid)
    return set() if pid is None else {a.sha256 for a in attachment_store.list_for(conn, pid)}


def merge_person(conn, user: str, sender: str, bundle_id: str, doc: dict, counts: MergeCounts) -> int:
    uid, content = doc["uid"], doc["content"]
    incoming_hash = canonical_hash(content)
    pid = person_store.id_for_uid(conn, uid)
    incoming = Person.from_json({**content, "uid": uid})
    if pid is None:
        person_store.insert(conn, incoming, user)
        conn.execute(_SET_MARK, (uid, sender, 1, incoming_hash))
        counts.persons_created += 1
        return incoming.id
    local = person_store.get(conn, pid)
    decision = _decide(conn, uid, sender, local.version, incoming_hash, canonical_hash(person_content(local)))
    if decision == "take":
        incoming.id, incoming.version = pid, local.version
        person_store.update(conn, incoming, user, f"Cập nhật từ đơn vị {sender} (gói {bundle_id[:8]})")
        conn.execute(_SET_MARK, (uid, sender, incoming.version, incoming_hash))
        counts.persons_updated += 1
    elif decision == "conflict":
        conn.execute(_ADD_CONFLICT, (bundle_id, sender, "person", uid, pid, json.dumps(doc, ensure_ascii=False),
                                     "hồ sơ đã thay đổi ở cả hai nơi kể từ lần trao đổi trước"))
        counts.conflicts += 1
    else:
        if decision == "same":
            conn.execute(_SET_MARK, (uid, sender, local.version, incoming_hash))
        counts.unchanged += 1
    return pid


def link_attachments(conn, user: str, person_id: int, doc: dict, blob_ids: dict[str, int]) -> None:
    have = {a.sha256 for a in attachment_store.list_for(conn, person_id)}
    for a in doc.get("attachments", []):
        if a["sha256"] in have or a["sha256"] not in blob_ids:
            continue
        from ..domain.secrecy import SecrecyLevel

        attachment_store.link(conn, person_id, blob_ids[a["sha256"]], a["filename"], a["kind"], a["title"], SecrecyLevel(a["secrecy"]), user)


def write_case_body(conn, case_id: int, person_id: int, c: dict) -> None:
    from ..domain.roles import Role
    from ..workflow.states import ItemStatus

    rel_ids = [r.id for r in person_store.get(conn, person_id).relatives]
    existing = case_store.item_ids_by_code(conn, case_id)
    for pos, i in enumerate(c["items"]):
        status = ItemStatus(i["status"])
        if i["code"] in existing:
            case_store.set_item(conn, existing[i["code"]], status, i["note"], "exchange")
            continue
        rp = i.get("relative_position")
        rel_id = rel_ids[rp] if rp is not None and rp < len(rel_ids) else None
        case_store.insert_item(conn, case_id, pos, i["code"], i["template_code"], i["title"], i["guidance"], i["required"],
                               i["evidence_required"], tuple(Role(r) for r in i["roles"]), i["legal_basis"], rel_id, status, i["note"])
    case_store.delete_requests(conn, case_id)
    for r in c["requests"]:
        rid = case_store.add_request(conn, case_id, None, r["recipient"], r["number_symbol"], r["sent_on"], r["deadline"], "exchange")
        if r["reply_on"] or r["finding"]:
            case_store.set_reply_raw(conn, rid, r["reply_on"], r["finding"])


def merge_case(conn, user: str, sender: str, bundle_id: str, doc: dict, counts: MergeCounts) -> None:
    from ..domain.secrecy import SecrecyLevel
    from ..workflow.states import CaseState

    uid, c = doc["uid"], doc["content"]
    incoming_hash = canonical_hash(c)
    person_id = person_store.id_for_uid(conn, doc["person_uid"])
    if person_id is None:
        raise ValueError(f"case {uid} refers to a person not in this bundle or vault")
    cid = case_store.id_for_uid(conn, uid)
    if cid is None:
        cid = case_store.insert_case(conn, uid=uid, person_id=person_id, purpose=c["purpose"], template_version=c["template_version"],
                                     template_source=c["template_source"], requesting_unit=c["requesting_unit"], target_post=c["target_post"],
                                     officer=c["officer"], received_on=c["received_on"], due_on=c["due_on"],
                                     secrecy=SecrecyLevel(c["secrecy"]), user=user, state=CaseState(c["state"]))
        case_store.set_from_remote(conn, cid, c)
        write_case_body(conn, cid, person_id, c)
        case_store.add_event(conn, cid, user, "received", f"Nhận từ đơn vị {sender}")
        conn.execute(_SET_MARK, (uid, sender, case_version(conn, cid), incoming_hash))
        counts.cases_created += 1
        return
    local_hash = canonical_hash(case_doc(conn, cid)["content"])
    decision = _decide(conn, uid, sender, case_version(conn, cid), incoming_hash, local_hash)
    if decision == "take":
        case_store.set_from_remote(conn, cid, c)
        write_case_body(conn, cid, person_id, c)
        case_store.add_event(conn, cid, user, "received", f"Cập nhật từ đơn vị {sender}")
        conn.execute(_SET_MARK, (uid, sender, case_version(conn, cid), incoming_hash))
        counts.cases_updated += 1
    elif decision == "conflict":
        conn.execute(_ADD_CONFLICT, (bundle_id, sender, "case", uid, cid, json.dumps(doc, ensure_ascii=False),
                                     "vụ việc đã thay đổi ở cả hai nơi kể từ lần trao đổi trước"))
        counts.conflicts += 1
    else:
        if decision == "same":
            conn.execute(_SET_MARK, (uid, sender, case_version(conn, cid), incoming_hash))
        counts.unchanged += 1
