"""Translated names for dossier fields, relations, sexes and sections.

The core names fields in Vietnamese only (FIELD_LABELS); the GUI needs them in
both languages, so the English sources live here for lupdate.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import relation_rules

from .. import i18n

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally


def field_label(name: str) -> str:
    names = {
        "full_name": translate("DossierFields", "Full name"),
        "other_names": translate("DossierFields", "Other names"),
        "birth_date": translate("DossierFields", "Date of birth"),
        "sex": translate("DossierFields", "Sex"),
        "ethnicity": translate("DossierFields", "Ethnicity"),
        "nationality": translate("DossierFields", "Nationality"),
        "religion": translate("DossierFields", "Religion"),
        "religious_office": translate("DossierFields", "Religious office"),
        "birth_place": translate("DossierFields", "Place of birth"),
        "hometown": translate("DossierFields", "Hometown"),
        "permanent_address": translate("DossierFields", "Permanent residence"),
        "current_address": translate("DossierFields", "Current residence"),
        "id_number": translate("DossierFields", "CCCD/CMND number"),
        "id_override_reason": translate("DossierFields", "Reason for accepting the number"),
        "party_card": translate("DossierFields", "Party card number"),
        "party_joined": translate("DossierFields", "Joined the Party"),
        "party_official": translate("DossierFields", "Official member since"),
        "unit": translate("DossierFields", "Unit"),
        "position": translate("DossierFields", "Position"),
        "education_general": translate("DossierFields", "General education"),
        "specialism": translate("DossierFields", "Specialism"),
        "political_theory": translate("DossierFields", "Political theory"),
        "secrecy": translate("DossierFields", "Secrecy level"),
        "notes": translate("DossierFields", "Notes"),
        "relatives": translate("DossierFields", "Relatives"),
    }
    return names.get(name) or section_title(name)


def section_title(section: str) -> str:
    names = {
        "work_history": translate("DossierFields", "Work history"),
        "training": translate("DossierFields", "Training"),
        "stays_abroad": translate("DossierFields", "Stays abroad"),
        "awards": translate("DossierFields", "Awards"),
        "discipline": translate("DossierFields", "Discipline"),
        "particulars": translate("DossierFields", "Historical particulars"),
        "foreign_relations": translate("DossierFields", "Foreign relations"),
    }
    return names.get(section, section)


def sex_label(sex: Sex) -> str:
    return {
        Sex.MALE: translate("DossierFields", "Male"),
        Sex.FEMALE: translate("DossierFields", "Female"),
        Sex.UNKNOWN: translate("DossierFields", "Not stated"),
    }[sex]


def relation_label(code: str) -> str:
    kind = relation_rules().kinds.get(code)
    if kind is None:
        return code
    return kind.label_en if i18n.language() == "en" else kind.label_vi


def yes_no(value: bool) -> str:
    return translate("DossierFields", "Yes") if value else translate("DossierFields", "No")


def date_text(value: PartialDate | None) -> str:
    return value.display() if value else ""


def timestamp_text(ts: float) -> str:
    return time.strftime("%d/%m/%Y %H:%M", time.localtime(ts)) if ts else ""


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)  # "1,5 MB"
