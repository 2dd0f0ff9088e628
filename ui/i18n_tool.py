"""Regenerate the GUI translations: `python -m ui.i18n_tool [--check]`.

1. pyside6-lupdate extracts every tr()/translate() string of ui/ into
   resources/i18n/hoso_vi.ts and hoso_en.ts, keeping existing translations.
2. English is the identity: every translation is set to its source.
3. pyside6-lrelease compiles both to .qm.
Vietnamese translations are edited in hoso_vi.ts (Qt Linguist or by hand).
--check exits 1 if a Vietnamese translation is missing or the .ts is stale.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TARGETS = {"vi": "vi_VN", "en": "en_US"}


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install pyside6-essentials)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if p.name != "i18n_tool.py")


def lupdate(ts: Path, lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete", "-target-language", TARGETS[lang], "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def keys(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name", ""), m.findtext("source", "")) for ctx in root.iter("context") for m in ctx.iter("message")}


def untranslated(ts: Path) -> list[str]:
    missing = []
    for m in messages(ts):
        t = m.find("translation")
        forms = [f.text for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text]
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(m.findtext("source", ""))
    return missing


def make_identity(ts: Path) -> None:
    """English: the source text is the translation (so the catalogue is complete)."""
    tree = ET.parse(ts)
    for m in tree.getroot().iter("message"):
        t = m.find("translation")
        source = m.findtext("source", "")
        t.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for f in list(t):
                t.remove(f)
            for form in english_plurals(source):
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = source
    write_ts(tree, ts)


def english_plurals(source: str) -> tuple[str, str]:
    """'%n entry(ies)' -> ('%n entry', '%n entries'); 'dossier(s)' -> 'dossier' / 'dossiers'."""
    one = re.sub(r"y\(ies\)", "y", source)
    one = re.sub(r"\((?:s|es)\)", "", one)
    many = re.sub(r"y\(ies\)", "ies", source)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


def import_tsv(ts: Path, tsv: Path, overwrite: bool = False) -> int:
    """Fill missing Vietnamese translations from `source<TAB>translation` lines
    (in every context). A finished translation is kept unless `overwrite`: the
    same English source may be worded differently on another screen."""
    table = {}
    for line in tsv.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, _, translation = line.partition("\t")
            table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    tree = ET.parse(ts)
    filled = 0
    for m in tree.getroot().iter("message"):
        source = m.findtext("source", "")
        if source not in table:
            continue
        t = m.find("translation")
        done = t.get("type") not in ("unfinished", "vanished", "obsolete") and (
            all(f.text for f in t.findall("numerusform")) if m.get("numerus") == "yes" else bool(t.text))
        if done and not overwrite:
            continue
        t.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for f in list(t):
                t.remove(f)
            ET.SubElement(t, "numerusform").text = table[source]  # Vietnamese has one plural form
        else:
            t.text = table[source]
        filled += 1
    write_ts(tree, ts)
    return filled


PSEUDO_OPEN, PSEUDO_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧: a translated string shows its marks


def make_pseudo(source_ts: Path, out_ts: Path) -> None:
    """A pseudo-locale: every translation is its source between marks, so a
    string on screen without marks did not go through translation."""
    tree = ET.parse(source_ts)
    for m in tree.getroot().iter("message"):
        t = m.find("translation")
        marked = PSEUDO_OPEN + m.findtext("source", "") + PSEUDO_CLOSE
        t.attrib.pop("type", None)
        for f in list(t):
            t.remove(f)
        if m.get("numerus") == "yes":
            t.text = None
            for _ in range(2):
                ET.SubElement(t, "numerusform").text = marked
        else:
            t.text = marked
    write_ts(tree, out_ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path | None = None) -> None:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def qm_is_current(ts: Path) -> bool:
    """True if the committed .qm is what lrelease makes of the .ts now."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.with_suffix(".qm").name
        lrelease(ts, fresh)
        qm = ts.with_suffix(".qm")
        return qm.is_file() and qm.read_bytes() == fresh.read_bytes()


def is_stale(ts: Path) -> bool:
    """True if lupdate would add or drop a message."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy2(ts, fresh)
        lupdate(fresh, "vi")
        return keys(fresh) != keys(ts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    parser.add_argument("--import-tsv", type=Path, help="fill missing Vietnamese translations from source<TAB>translation lines")
    parser.add_argument("--overwrite", action="store_true", help="with --import-tsv: replace finished translations too")
    args = parser.parse_args(argv)
    vi, en = I18N / "hoso_vi.ts", I18N / "hoso_en.ts"
    if args.check:
        problems = [f"untranslated: {s!r}" for s in untranslated(vi)]
        if is_stale(vi):
            problems.append("hoso_vi.ts is out of date: run python -m ui.i18n_tool")
        problems += [f"{ts.with_suffix('.qm').name} is not compiled from {ts.name}" for ts in (vi, en) if not qm_is_current(ts)]
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate(vi, "vi")
    lupdate(en, "en")
    if args.import_tsv:
        print(f"{import_tsv(vi, args.import_tsv, args.overwrite)} translations imported")
    make_identity(en)
    for ts in (vi, en):
        lrelease(ts)
    missing = untranslated(vi)
    print(f"{len(messages(vi))} messages; {len(missing)} without a Vietnamese translation")
    for s in missing:
        print("  -", s)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
